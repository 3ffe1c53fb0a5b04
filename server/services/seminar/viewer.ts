import type { CourseRole } from "@/prisma/generated/client";

/** Who is looking: seminar services shape what they return by it (names, hidden posts). */
export type Viewer = { userId: string; role: CourseRole };

export const isStaff = (viewer: Viewer) => viewer.role !== "STUDENT";

export const threadHref = (courseId: string, threadId: string, postId?: string) =>
  `/courses/${courseId}/seminars/${threadId}${postId ? `#post-${postId}` : ""}`;
