import Link from "next/link";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { NotificationBell } from "@/components/notifications/notification-bell";

type SiteHeaderProps = { user: { name: string; email: string } | null };

export function SiteHeader({ user }: SiteHeaderProps) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={user ? "/courses" : "/"} className="flex items-center gap-2 font-serif text-xl font-semibold tracking-tight text-stone-950">
          <StoaMark />
          Stoa
        </Link>
        {user ? (
          <>
            <Link href="/courses" className="text-sm font-medium text-stone-800 hover:text-teal-900 hover:underline">
              My courses
            </Link>
            <div className="ml-auto flex items-center gap-3">
              <NotificationBell />
              <span className="text-sm text-stone-700">
                <span className="sr-only">Signed in as </span>
                <span className="font-medium text-stone-900" data-testid="current-user-name">
                  {user.name}
                </span>
              </span>
              <SignOutButton />
            </div>
          </>
        ) : null}
      </nav>
    </header>
  );
}

/** A small portico: the brand's only ornament. */
function StoaMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 text-teal-800" fill="currentColor">
      <path d="M12 2 2 7h20L12 2Z" />
      <rect x="3" y="8" width="18" height="1.6" rx="0.4" />
      <rect x="4.5" y="10.5" width="2" height="8" />
      <rect x="9" y="10.5" width="2" height="8" />
      <rect x="13" y="10.5" width="2" height="8" />
      <rect x="17.5" y="10.5" width="2" height="8" />
      <rect x="2" y="19.5" width="20" height="2" rx="0.4" />
    </svg>
  );
}
