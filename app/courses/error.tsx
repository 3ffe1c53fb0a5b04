"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function CoursesError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="Your courses could not be loaded" />;
}
