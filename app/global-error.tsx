"use client";

import "./globals.css";

/** Replaces the root layout when it fails, so it brings its own document and styles. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <title>Something went wrong · Stoa</title>
        <main className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="font-serif text-3xl font-semibold text-stone-950">Something went wrong</h1>
          <p className="mt-3 text-stone-800">Stoa could not load. Please try again in a moment.</p>
          <button
            type="button"
            onClick={() => retry()}
            className="mt-6 rounded-md bg-teal-800 px-4 py-2 text-sm font-medium text-white hover:bg-teal-900"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
