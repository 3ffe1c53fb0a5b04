import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/components/auth/callback-path";
import { SignInForm } from "@/components/auth/sign-in-form";
import { AuthCard } from "@/components/auth/auth-card";
import { currentUser } from "@/server/api/server-caller";
import { enabledOAuthProviders } from "@/server/auth/options";

export const metadata: Metadata = { title: "Sign in" };

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackPath);
  const oauthError = typeof params.error === "string" ? params.error : undefined;

  return (
    <AuthCard title="Sign in to Stoa">
      <SignInForm callbackPath={callbackPath} providers={enabledOAuthProviders()} initialError={oauthError} />
    </AuthCard>
  );
}
