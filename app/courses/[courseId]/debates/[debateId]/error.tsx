"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function DebateError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="This debate could not be loaded" />;
}
