import { authRouter } from "@/server/api/routers/auth";
import { caseRouter } from "@/server/api/routers/case";
import { collabRouter } from "@/server/api/routers/collab";
import { courseRouter } from "@/server/api/routers/course";
import { debateRouter } from "@/server/api/routers/debate";
import { memberRouter } from "@/server/api/routers/member";
import { notificationRouter } from "@/server/api/routers/notification";
import { promptRouter } from "@/server/api/routers/prompt";
import { roundRouter } from "@/server/api/routers/round";
import { seminarRouter } from "@/server/api/routers/seminar";
import { theoryRouter } from "@/server/api/routers/theory";
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
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
