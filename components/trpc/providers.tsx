"use client";

import type { ReactNode } from "react";
import { AuthSessionProvider } from "@/components/trpc/session-provider";
import { TRPCReactProvider } from "@/components/trpc/react";

export function Providers({ children }: { children: ReactNode }) {
  return (
    <AuthSessionProvider>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </AuthSessionProvider>
  );
}
