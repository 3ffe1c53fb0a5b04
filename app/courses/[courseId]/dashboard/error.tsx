"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="The dashboard could not be loaded" />;
}
