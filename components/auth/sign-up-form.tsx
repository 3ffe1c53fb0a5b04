"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { signInWithCredentials } from "@/components/auth/credentials-sign-in";
import { minimumPasswordLength, validateSignUp, type AuthFieldErrors } from "@/components/auth/validation";
import { OAuthButtons, type OAuthProvider } from "@/components/auth/oauth-buttons";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { useFocusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { errorCodeOf, fieldErrorsOf, formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";

type SignUpFormProps = { callbackPath: string; providers: OAuthProvider[] };

export function SignUpForm({ callbackPath, providers }: SignUpFormProps) {
  const trpc = useTRPC();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<AuthFieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [formError, setFormError] = useState("");
  const [isSigningIn, setIsSigningIn] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateSignUp({ name, email, password });
    setFieldErrors(errors);
    setFormError("");
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid();
      return;
    }

    try {
      await signUp.mutateAsync({ name: name.trim(), email: email.trim(), password });
    } catch (error) {
      // A taken email is a whole-form problem the user must read, not only a field hint.
      if (errorCodeOf(error) === "CONFLICT" && error instanceof Error) {
        setFormError(error.message);
      } else {
        setFieldErrors(fieldErrorsOf(error));
        setFormError(formErrorMessage(error, ["name", "email", "password"]));
      }
      return;
    }

    setIsSigningIn(true);
    const result = await signInWithCredentials(email.trim(), password, callbackPath);
    if (result.isSignedIn) {
      window.location.assign(callbackPath);
      return;
    }
    setIsSigningIn(false);
    setFormError(`Your account was created, but signing in failed (${result.error}). Please sign in.`);
  }

  return (
    <>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-4">
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldErrors.name}
        />
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
          autoComplete="new-password"
          required
          minLength={minimumPasswordLength}
          hint={`At least ${minimumPasswordLength} characters.`}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <Button type="submit" className="w-full" isBusy={signUp.isPending || isSigningIn}>
          Create account
        </Button>
      </form>
      <OAuthButtons providers={providers} callbackPath={callbackPath} />
      <p className="mt-6 text-center text-sm text-stone-700">
        Already have an account?{" "}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`} className="font-medium text-teal-800 underline hover:text-teal-900">
          Sign in
        </Link>
      </p>
    </>
  );
}
