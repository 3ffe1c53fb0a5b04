"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

export type OAuthProvider = { id: string; name: string };

export function OAuthButtons({ providers, callbackPath }: { providers: OAuthProvider[]; callbackPath: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6">
      <div className="flex items-center gap-3 text-xs text-stone-600" aria-hidden="true">
        <span className="h-px flex-1 bg-stone-200" />
        or
        <span className="h-px flex-1 bg-stone-200" />
      </div>
      <ul className="mt-4 space-y-2">
        {providers.map((provider) => (
          <li key={provider.id}>
            <Button variant="secondary" className="w-full" onClick={() => void signIn(provider.id, { callbackUrl: callbackPath })}>
              Continue with {provider.name}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
