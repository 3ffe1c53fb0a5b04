"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function DebatesError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="Debates could not be loaded" />;
}
