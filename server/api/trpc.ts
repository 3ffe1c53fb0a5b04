/**
 * tRPC in three parts: the context every call gets, initialisation (transformer and error
 * shape), and the procedures that carry an access rule. Authorization happens here only.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { CourseRole } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { fieldErrorsOf, toTRPCError } from "@/server/api/errors";
import { courseIdInput } from "@/server/api/inputs";
import { findCourseCaller, findSessionUser } from "@/server/auth/caller";

// ---- 1. Context -------------------------------------------------------------------------

export type SessionUser = { id: string; email: string; name: string };

export type Context = {
  db: Db;
  /** Who is calling. Procedures with an access rule see the account as the database has it now. */
  user: SessionUser | null;
  headers: Headers;
  /**
   * Whether `user` was just read from the database. Unless a caller says so, it is taken to come
   * straight from a session token (the API route skips that read to keep each call cheap), and
   * the access middleware below reads the account, folded into the membership query for course
   * procedures.
   */
  userChecked?: boolean;
};

export function createTRPCContext(options: { db: Db; user: SessionUser | null; headers?: Headers; userChecked?: boolean }): Context {
  return { db: options.db, user: options.user, headers: options.headers ?? new Headers(), userChecked: options.userChecked ?? false };
}

// ---- 2. Initialisation ------------------------------------------------------------------

/** Every procedure declares who may call it; the access-rule test reads this. */
export type AccessRule =
  | { kind: "public" }
  | { kind: "authenticated" }
  | { kind: "course"; roles: readonly CourseRole[] };

export type Meta = { access?: AccessRule };

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      // Messages are already user-facing (see errors.ts); forms also get them per field. A crash's
      // own message may leak internals, so it stays in the server log (the route's onError).
      const message = error.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on our side; try again" : shape.message;
      return { ...shape, message, data: { ...shape.data, fieldErrors: fieldErrorsOf(error.cause), stack: undefined } };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error);
    if (mapped) throw mapped;
  }
  return result;
});

const baseProcedure = t.procedure.use(mapErrors);

// ---- 3. Procedures with access rules ----------------------------------------------------

export const publicProcedure = baseProcedure.meta({ access: { kind: "public" } });

const signInRequired = () => new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });

/** A session is present; whether its account still exists is checked by the rule that follows. */
const withSession = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw signInRequired();
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const protectedProcedure = withSession.meta({ access: { kind: "authenticated" } }).use(async ({ ctx, next }) => {
  // A deleted account must not keep access through a session token that outlives it.
  const user = ctx.userChecked ? ctx.user : await findSessionUser(ctx.db, ctx.user.id);
  if (!user) throw signInRequired();
  return next({ ctx: { ...ctx, user, userChecked: true } });
});

export const staffRoles = ["INSTRUCTOR", "TA"] as const satisfies readonly CourseRole[];
export const memberRoles = ["INSTRUCTOR", "TA", "STUDENT"] as const satisfies readonly CourseRole[];

/**
 * For procedures about one course: the input carries `courseId`, the caller must be enrolled
 * with one of `roles`, and the membership lands on ctx. Services then scope every query by
 * that courseId, so an id from another course reads as NOT_FOUND.
 */
export function courseProcedure(roles: readonly CourseRole[]) {
  return withSession
    .meta({ access: { kind: "course", roles } })
    .input(courseIdInput)
    .use(async ({ ctx, input, next }) => {
      // The account check and the membership in one round trip (see protectedProcedure).
      const caller = await findCourseCaller(ctx.db, { userId: ctx.user.id, courseId: input.courseId });
      if (!caller) throw signInRequired();
      const { user, membership } = caller;
      if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: "You are not a member of this course" });
      if (!roles.includes(membership.role)) {
        throw new TRPCError({ code: "FORBIDDEN", message: `Only ${roles.map((role) => role.toLowerCase()).join(" or ")}s may do this` });
      }
      return next({ ctx: { ...ctx, user, userChecked: true, membership } });
    });
}
