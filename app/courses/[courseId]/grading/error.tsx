"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function GradingError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="Grading could not be loaded" />;
}
