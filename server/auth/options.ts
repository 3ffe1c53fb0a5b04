import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { z } from "zod";
import { db } from "@/server/db";
import { AppError } from "@/server/domain/app-error";
import { env } from "@/server/env";
import { upsertOAuthUser, verifyCredentials } from "@/server/services/auth/verify-credentials";

const credentialsInput = z.object({
  email: z.string().trim().min(1, "Enter your email address").max(254),
  password: z.string().min(1, "Enter your password").max(200),
});

function oauthProviders() {
  const { GITHUB_ID, GITHUB_SECRET, GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET } = env();
  return [
    ...(GITHUB_ID && GITHUB_SECRET ? [GitHubProvider({ clientId: GITHUB_ID, clientSecret: GITHUB_SECRET })] : []),
    ...(GOOGLE_CLIENT_ID && GOOGLE_CLIENT_SECRET
      ? [GoogleProvider({ clientId: GOOGLE_CLIENT_ID, clientSecret: GOOGLE_CLIENT_SECRET })]
      : []),
  ];
}

/** For the sign-in page: which OAuth buttons to show. */
export function enabledOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
}

let cached: NextAuthOptions | undefined;

/** Built on first use, so that importing this module needs no environment (next build). */
export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw) {
          const parsed = credentialsInput.safeParse(raw);
          if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Enter your email and password");
          try {
            return await verifyCredentials(db(), parsed.data);
          } catch (error) {
            // next-auth hands a thrown message to signIn()'s `error`, which the page shows.
            if (error instanceof AppError) throw new Error(error.message);
            throw error;
          }
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async jwt({ token, user, account }) {
        if (user && account && account.provider !== "credentials") {
          if (!user.email) throw new Error("Your account has no email address we can use");
          const stoaUser = await upsertOAuthUser(db(), { email: user.email, name: user.name ?? "" });
          Object.assign(token, { sub: stoaUser.id, name: stoaUser.name, email: stoaUser.email });
        } else if (user) {
          Object.assign(token, { sub: user.id, name: user.name, email: user.email });
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub && session.user) {
          session.user = { id: token.sub, email: token.email ?? "", name: token.name ?? "" };
        }
        return session;
      },
    },
  };
  return cached;
}
