import type { ReactNode } from "react";

export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md py-6 sm:py-12">
      <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="font-serif text-2xl font-semibold text-stone-950">{title}</h1>
        <div className="mt-6">{children}</div>
      </div>
    </div>
  );
}
