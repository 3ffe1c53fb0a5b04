"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { classNames } from "@/components/ui/class-names";
import type { CourseRole } from "@/components/trpc/types";

type Tab = { href: string; label: string; isCurrent: (pathname: string) => boolean };

function tabsFor(courseId: string, role: CourseRole): Tab[] {
  const base = `/courses/${courseId}`;
  const tabs: Tab[] = [
    { href: base, label: "Overview", isCurrent: (pathname) => pathname === base || pathname.startsWith(`${base}/cases`) },
    { href: `${base}/debates`, label: "Debates", isCurrent: (pathname) => pathname.startsWith(`${base}/debates`) },
    { href: `${base}/seminars`, label: "Seminars", isCurrent: (pathname) => pathname.startsWith(`${base}/seminars`) },
    { href: `${base}/library`, label: "Thesis", isCurrent: (pathname) => pathname.startsWith(`${base}/library`) },
  ];
  if (role === "STUDENT") {
    tabs.push({ href: `${base}/grades`, label: "My grades", isCurrent: (pathname) => pathname.startsWith(`${base}/grades`) });
  } else {
    tabs.push(
      { href: `${base}/dashboard`, label: "Dashboard", isCurrent: (pathname) => pathname.startsWith(`${base}/dashboard`) },
      { href: `${base}/grading`, label: "Grading", isCurrent: (pathname) => pathname.startsWith(`${base}/grading`) },
    );
  }
  if (role === "INSTRUCTOR") {
    tabs.push({ href: `${base}/authoring`, label: "Authoring", isCurrent: (pathname) => pathname.startsWith(`${base}/authoring`) });
  }
  if (role === "INSTRUCTOR" || role === "TA") {
    tabs.push({ href: `${base}/settings`, label: "Settings", isCurrent: (pathname) => pathname.startsWith(`${base}/settings`) });
  }
  return tabs;
}

type CourseNavProps = { courseId: string; title: string; role: CourseRole };

/** The course's name and its sections; the current one is marked for assistive technology. */
export function CourseNav({ courseId, title, role }: CourseNavProps) {
  const pathname = usePathname();
  const tabs = tabsFor(courseId, role);
  const overviewHref = `/courses/${courseId}`;
  // On the overview the page's own heading names the course; elsewhere the name leads back to it.
  const isOverview = pathname === overviewHref;
  const hasTabs = tabs.length > 1;
  if (isOverview && !hasTabs) return null;

  return (
    <div className="mb-8 flex flex-col gap-3 border-b border-stone-200 sm:flex-row sm:items-end sm:justify-between">
      {isOverview ? (
        <span aria-hidden="true" className="hidden sm:block" />
      ) : (
        <p className="truncate pb-2 text-sm font-medium text-stone-700">
          <Link href={overviewHref} className="hover:text-teal-900 hover:underline">
            <span aria-hidden="true">← </span>
            <span className="sr-only">Back to course: </span>
            {title}
          </Link>
        </p>
      )}
      {hasTabs ? (
        <nav aria-label="Course sections" className="-mb-px">
          <ul className="flex flex-wrap gap-1">
            {tabs.map((tab) => {
              const isCurrent = tab.isCurrent(pathname);
              return (
                <li key={tab.href}>
                  <Link
                    href={tab.href}
                    aria-current={isCurrent ? "page" : undefined}
                    className={classNames(
                      "inline-block border-b-2 px-3 py-2 text-sm font-medium",
                      isCurrent ? "border-teal-800 text-teal-900" : "border-transparent text-stone-700 hover:border-stone-400 hover:text-stone-950",
                    )}
                  >
                    {tab.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
