import { getSession, signIn } from "next-auth/react";

export type CredentialsSignInResult = { isSignedIn: true } | { isSignedIn: false; error: string };

/**
 * Email-and-password sign-in that reports what went wrong in words. next-auth answers a
 * CSRF-token race (two first requests each minting a token) with "ok" and no session; that
 * case is retried once with the settled token before giving up.
 */
export async function signInWithCredentials(email: string, password: string, callbackPath: string): Promise<CredentialsSignInResult> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = await signIn("credentials", { redirect: false, email, password, callbackUrl: callbackPath });
    if (result?.error) return { isSignedIn: false, error: result.error };
    if (await getSession()) return { isSignedIn: true };
  }
  return { isSignedIn: false, error: "Sign-in did not complete. Please try again." };
}
