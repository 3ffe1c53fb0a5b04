import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/components/auth/callback-path";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { currentUser } from "@/server/api/server-caller";
import { enabledOAuthProviders } from "@/server/auth/options";

export const metadata: Metadata = { title: "Create an account" };

type SignUpPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: SignUpPageProps) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackPath);

  return (
    <AuthCard title="Create your Stoa account">
      <SignUpForm callbackPath={callbackPath} providers={enabledOAuthProviders()} />
    </AuthCard>
  );
}
