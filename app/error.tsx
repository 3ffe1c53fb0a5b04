"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="Something went wrong" />;
}
