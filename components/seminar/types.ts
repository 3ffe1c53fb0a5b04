import type { RouterInputs, RouterOutputs } from "@/components/trpc/types";

export type ThreadSummary = RouterOutputs["seminar"]["list"][number];
export type ThreadDetail = RouterOutputs["seminar"]["thread"];
export type ThreadNode = ThreadDetail["posts"][number];
export type PostView = ThreadNode["post"];
export type PostBody = NonNullable<PostView["body"]>;
export type PostSort = NonNullable<RouterInputs["seminar"]["thread"]["sort"]>;
export type ReportItem = RouterOutputs["seminar"]["reports"][number];

export const seminarPaths = {
  list: (courseId: string) => `/courses/${courseId}/seminars`,
  thread: (courseId: string, threadId: string) => `/courses/${courseId}/seminars/${threadId}`,
  reports: (courseId: string) => `/courses/${courseId}/seminars/reports`,
};
