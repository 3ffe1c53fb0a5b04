import { authRouter } from "@/server/api/routers/auth";
import { caseRouter } from "@/server/api/routers/case";
import { collabRouter } from "@/server/api/routers/collab";
import { courseRouter } from "@/server/api/routers/course";
import { dashboardRouter } from "@/server/api/routers/dashboard";
import { debateRouter } from "@/server/api/routers/debate";
import { gradeRouter } from "@/server/api/routers/grade";
import { memberRouter } from "@/server/api/routers/member";
import { notificationRouter } from "@/server/api/routers/notification";
import { promptRouter } from "@/server/api/routers/prompt";
import { roundRouter } from "@/server/api/routers/round";
import { rubricRouter } from "@/server/api/routers/rubric";
import { seminarRouter } from "@/server/api/routers/seminar";
import { theoryRouter } from "@/server/api/routers/theory";
import { thesisRouter } from "@/server/api/routers/thesis";
import { voteRouter } from "@/server/api/routers/vote";
import { createCallerFactory, createTRPCRouter } from "@/server/api/trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  course: courseRouter,
  theory: theoryRouter,
  case: caseRouter,
  prompt: promptRouter,
  member: memberRouter,
  debate: debateRouter,
  round: roundRouter,
  vote: voteRouter,
  collab: collabRouter,
  seminar: seminarRouter,
  notification: notificationRouter,
  thesis: thesisRouter,
  rubric: rubricRouter,
  grade: gradeRouter,
  dashboard: dashboardRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
