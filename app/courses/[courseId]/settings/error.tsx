"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function SettingsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="Settings could not be loaded" />;
}
