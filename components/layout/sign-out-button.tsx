"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [isSigningOut, setIsSigningOut] = useState(false);

  function onSignOut() {
    setIsSigningOut(true);
    void signOut({ callbackUrl: "/" });
  }

  return (
    <Button variant="secondary" size="sm" onClick={onSignOut} isBusy={isSigningOut}>
      Sign out
    </Button>
  );
}
