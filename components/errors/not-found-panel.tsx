import Link from "next/link";

type NotFoundPanelProps = { title: string; message: string; backHref: string; backLabel: string };

export function NotFoundPanel({ title, message, backHref, backLabel }: NotFoundPanelProps) {
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-stone-200 bg-white p-8 text-center">
      <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">Not found</p>
      <h1 className="mt-1 font-serif text-2xl font-semibold text-stone-950">{title}</h1>
      <p className="mt-2 text-stone-800">{message}</p>
      <p className="mt-6">
        <Link href={backHref} className="font-medium text-teal-800 underline hover:text-teal-900">
          {backLabel}
        </Link>
      </p>
    </div>
  );
}
