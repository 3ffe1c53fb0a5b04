"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { signInWithCredentials } from "@/components/auth/credentials-sign-in";
import { describeAuthErrorCode, validateSignIn, type AuthFieldErrors } from "@/components/auth/validation";
import { OAuthButtons, type OAuthProvider } from "@/components/auth/oauth-buttons";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { useFocusFirstInvalid } from "@/components/ui/focus-first-invalid";

type SignInFormProps = { callbackPath: string; providers: OAuthProvider[]; initialError?: string };

export function SignInForm({ callbackPath, providers, initialError }: SignInFormProps) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<AuthFieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [formError, setFormError] = useState(initialError ? describeAuthErrorCode(initialError) : "");
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateSignIn({ email, password });
    setFieldErrors(errors);
    setFormError("");
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid();
      return;
    }

    setIsSubmitting(true);
    const result = await signInWithCredentials(email.trim(), password, callbackPath);
    if (result.isSignedIn) {
      // A full load, so the header and every cache start from the new session.
      window.location.assign(callbackPath);
      return;
    }
    setIsSubmitting(false);
    // The provider's own message ("Wrong password") is meant for the user; bare codes are not.
    setFormError(result.error === "CredentialsSignin" ? describeAuthErrorCode(result.error) : result.error);
  }

  return (
    <>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-4">
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <Button type="submit" className="w-full" isBusy={isSubmitting}>
          Sign in
        </Button>
      </form>
      <OAuthButtons providers={providers} callbackPath={callbackPath} />
      <p className="mt-6 text-center text-sm text-stone-700">
        New to Stoa?{" "}
        <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackPath)}`} className="font-medium text-teal-800 underline hover:text-teal-900">
          Create an account
        </Link>
      </p>
    </>
  );
}
