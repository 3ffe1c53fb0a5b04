"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function LibraryError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="The library could not be loaded" />;
}
