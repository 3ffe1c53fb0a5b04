import { authRouter } from "@/server/api/routers/auth";
import { caseRouter } from "@/server/api/routers/case";
import { courseRouter } from "@/server/api/routers/course";
import { debateRouter } from "@/server/api/routers/debate";
import { memberRouter } from "@/server/api/routers/member";
import { promptRouter } from "@/server/api/routers/prompt";
import { roundRouter } from "@/server/api/routers/round";
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
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
