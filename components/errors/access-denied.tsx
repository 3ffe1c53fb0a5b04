import Link from "next/link";

type AccessDeniedProps = { message?: string; backHref?: string; backLabel?: string };

/** What a member sees when a page is for other roles: an explanation, not a crash. */
export function AccessDenied({ message, backHref = "/courses", backLabel = "Back to my courses" }: AccessDeniedProps) {
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-8 text-center">
      <h1 className="font-serif text-2xl font-semibold text-stone-950">You don&apos;t have access</h1>
      <p className="mt-2 text-stone-800">{message ?? "This page is for other members of the course."}</p>
      <p className="mt-6">
        <Link href={backHref} className="font-medium text-teal-800 underline hover:text-teal-900">
          {backLabel}
        </Link>
      </p>
    </div>
  );
}
