"use client";

import { useEffect } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

type ErrorPanelProps = { error: unknown; retry: () => void; title?: string };

/** The body of every error.tsx: say what happened, offer to retry, and a way out. */
export function ErrorPanel({ error, retry, title = "Something went wrong" }: ErrorPanelProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-red-300 bg-white p-8 text-center">
      <h1 className="font-serif text-2xl font-semibold text-stone-950">{title}</h1>
      <p className="mt-2 text-stone-800">Stoa could not load this page. It may be a passing problem; trying again often helps.</p>
      {digest ? <p className="mt-2 font-mono text-xs text-stone-600">Reference: {digest}</p> : null}
      <div className="mt-6 flex justify-center gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <Link href="/courses" className="inline-flex items-center rounded-md px-4 py-2 text-sm font-medium text-teal-800 underline hover:text-teal-900">
          Go to my courses
        </Link>
      </div>
    </div>
  );
}
