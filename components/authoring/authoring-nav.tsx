"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { classNames } from "@/components/ui/class-names";

export function AuthoringNav({ courseId }: { courseId: string }) {
  const pathname = usePathname();
  const base = `/courses/${courseId}/authoring`;
  const links = [
    { href: base, label: "Cases and prompts", isCurrent: pathname === base || pathname.startsWith(`${base}/cases`) },
    { href: `${base}/theories`, label: "Theories", isCurrent: pathname.startsWith(`${base}/theories`) },
  ];
  return (
    <nav aria-label="Content to edit" className="mb-6">
      <ul className="inline-flex gap-1 rounded-lg bg-stone-200/70 p-1">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.isCurrent ? "page" : undefined}
              className={classNames(
                "inline-block rounded-md px-3 py-1.5 text-sm font-medium",
                link.isCurrent ? "bg-white text-stone-950 shadow-sm" : "text-stone-800 hover:bg-white/60",
              )}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
