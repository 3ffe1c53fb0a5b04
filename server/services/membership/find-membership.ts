import type { Db } from "@/server/db";

export async function findMembership(db: Db, where: { userId: string; courseId: string }) {
  return db.enrollment.findUnique({
    where: { userId_courseId: where },
    select: { id: true, role: true, courseId: true, userId: true },
  });
}

export type Membership = NonNullable<Awaited<ReturnType<typeof findMembership>>>;
