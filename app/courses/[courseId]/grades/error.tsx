"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function GradesError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="Your grades could not be loaded" />;
}
