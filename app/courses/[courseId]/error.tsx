"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function CourseError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="This course could not be loaded" />;
}
