"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function SeminarsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="Seminars could not be loaded" />;
}
