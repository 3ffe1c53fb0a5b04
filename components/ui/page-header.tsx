import type { ReactNode } from "react";

type PageHeaderProps = {
  title: string;
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
};

export function PageHeader({ title, eyebrow, description, actions }: PageHeaderProps) {
  return (
    <header className="flex flex-col gap-4 border-b border-stone-200 pb-6 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0 space-y-2">
        {eyebrow ? <div className="text-sm text-stone-700">{eyebrow}</div> : null}
        <h1 className="font-serif text-3xl font-semibold tracking-tight text-stone-950">{title}</h1>
        {description ? <div className="max-w-3xl text-stone-700">{description}</div> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
    </header>
  );
}

export function SectionHeading({ id, children, actions }: { id: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
      <h2 id={id} className="font-serif text-xl font-semibold text-stone-950">
        {children}
      </h2>
      {actions}
    </div>
  );
}
