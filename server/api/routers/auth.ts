import { z } from "zod";
import { text } from "@/server/api/inputs";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { signUp } from "@/server/services/auth/sign-up";

export const signUpInput = z.object({
  name: text("Name", { min: 1, max: 100 }),
  email: z.string().trim().max(254, "Email is too long").pipe(z.email("Enter a valid email address")),
  // argon2 hashes any length; the cap stops a megabyte "password" from costing us a hash.
  password: z.string().min(8, "Password must be at least 8 characters").max(200, "Password must be at most 200 characters"),
});

export const authRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpInput).mutation(({ ctx, input }) => signUp(ctx.db, input)),
});
