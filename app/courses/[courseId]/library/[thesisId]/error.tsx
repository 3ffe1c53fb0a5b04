"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function ReaderError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="The thesis could not be loaded" />;
}
