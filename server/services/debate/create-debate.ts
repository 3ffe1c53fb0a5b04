import type { VoterRule } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { roundsPlanValid } from "@/server/domain/debate/round-state";

export type RoundPlanInput = { name: string; opensAt: Date; locksAt: Date; votingClosesAt: Date | null; wordLimit: number | null };

export type DebateSetup = {
  courseId: string;
  promptId: string;
  title: string | null;
  theoryIds: string[];
  teamsPerPosition: number;
  teamSize: number | null;
  rounds: RoundPlanInput[];
  voterRule: VoterRule;
  anonymousVoting: boolean;
  revealAfterLock: boolean;
  createdById: string;
  seed: number;
};

/** A debate in DRAFT: its positions and round plan; teams come with the published assignment. */
export async function createDebate(db: Db, setup: DebateSetup) {
  const plan = roundsPlanValid(setup.rounds);
  if (!plan.isValid) {
    const [first] = plan.errors;
    throw new AppError("BAD_REQUEST", plan.errors.map((error) => error.message).join("; "), { field: first?.field });
  }
  if (new Set(setup.theoryIds).size !== setup.theoryIds.length) {
    throw new AppError("BAD_REQUEST", "theoryIds: a theory is listed twice", { field: "theoryIds" });
  }

  const prompt = await db.prompt.findFirst({
    where: { id: setup.promptId, case: { courseId: setup.courseId } },
    select: { kind: true, text: true },
  });
  if (!prompt) throw notFound("Prompt");
  if (prompt.kind !== "DEBATE") {
    throw new AppError("BAD_REQUEST", "promptId: a debate needs a debate motion, not a seminar question", { field: "promptId" });
  }
  const theories = await db.theory.findMany({ where: { courseId: setup.courseId, id: { in: setup.theoryIds } }, select: { id: true } });
  if (theories.length !== setup.theoryIds.length) throw notFound("Theory");

  return db.debate.create({
    data: {
      courseId: setup.courseId,
      promptId: setup.promptId,
      title: setup.title ?? prompt.text,
      teamsPerPosition: setup.teamsPerPosition,
      teamSize: setup.teamSize,
      voterRule: setup.voterRule,
      anonymousVoting: setup.anonymousVoting,
      revealAfterLock: setup.revealAfterLock,
      assignmentSeed: setup.seed,
      createdById: setup.createdById,
      positions: { create: setup.theoryIds.map((theoryId, position) => ({ theoryId, position })) },
      rounds: {
        create: setup.rounds.map((round, index) => ({
          index,
          name: round.name,
          opensAt: round.opensAt,
          locksAt: round.locksAt,
          votingClosesAt: round.votingClosesAt,
          wordLimit: round.wordLimit,
        })),
      },
    },
    select: { id: true },
  });
}
