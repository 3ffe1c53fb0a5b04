"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function AuthoringError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="Authoring could not be loaded" />;
}
