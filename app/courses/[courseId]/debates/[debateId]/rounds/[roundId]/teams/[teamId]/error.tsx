"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function ArgumentError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="This argument could not be loaded" />;
}
