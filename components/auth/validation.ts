export type AuthFieldErrors = Partial<Record<"name" | "email" | "password", string>>;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const minimumPasswordLength = 8;

export function validateEmail(email: string): string | undefined {
  if (!email.trim()) return "Enter your email address";
  if (!emailPattern.test(email.trim())) return "Enter an email address like name@university.edu";
  return undefined;
}

export function validateSignIn(values: { email: string; password: string }): AuthFieldErrors {
  const errors: AuthFieldErrors = {};
  const email = validateEmail(values.email);
  if (email) errors.email = email;
  if (!values.password) errors.password = "Enter your password";
  return errors;
}

export function validateSignUp(values: { name: string; email: string; password: string }): AuthFieldErrors {
  const errors: AuthFieldErrors = {};
  if (!values.name.trim()) errors.name = "Enter your name";
  const email = validateEmail(values.email);
  if (email) errors.email = email;
  if (values.password.length < minimumPasswordLength) errors.password = `Password must be at least ${minimumPasswordLength} characters`;
  return errors;
}

/** next-auth's own error codes (OAuth redirects) in words; unknown codes get a generic sentence. */
export function describeAuthErrorCode(code: string): string {
  const messages: Record<string, string> = {
    OAuthSignin: "Stoa could not start signing in with that provider. Please try again.",
    OAuthCallback: "The provider did not complete the sign-in. Please try again.",
    OAuthAccountNotLinked: "That email address already has a Stoa account. Sign in with your email and password.",
    AccessDenied: "Sign-in was cancelled or refused.",
    SessionRequired: "Please sign in to continue.",
    CredentialsSignin: "Check your email address and password.",
  };
  return messages[code] ?? "Sign-in did not work. Please try again.";
}
