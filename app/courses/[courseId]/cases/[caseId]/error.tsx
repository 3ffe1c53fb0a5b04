"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function CaseError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="This case could not be loaded" />;
}
