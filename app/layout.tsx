import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { Providers } from "@/components/trpc/providers";
import { currentUser } from "@/server/api/server-caller";
import "./globals.css";

// Every page depends on who is signed in; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Stoa", template: "%s · Stoa" },
  description: "Debates and seminars for university courses.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <Providers>
          <SkipLink />
          <SiteHeader user={user} />
          <main id="main-content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 outline-none sm:px-6">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
