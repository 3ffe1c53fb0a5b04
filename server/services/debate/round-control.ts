import type { Prisma } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { deriveRoundState, roundsPlanValid, transition, type RoundAction } from "@/server/domain/debate/round-state";
import { freezeRound } from "@/server/services/debate/freeze-round";
import { roundTimestampSelect, toRoundTimestamps } from "@/server/services/debate/round-timestamps";
import { publishCourseEvent } from "@/server/services/events/course-events";

/**
 * An instructor's action on a round (open now, extend, lock now, reopen, close voting). The round
 * row is locked for the transaction, so concurrent actions apply one after the other; a lock
 * then freezes the teams' arguments.
 */
export async function applyRoundAction(
  db: Db,
  input: { courseId: string; roundId: string; action: RoundAction; actorId: string; now: Date },
) {
  const result = await db.$transaction(async (tx) => {
    const owner = await tx.round.findFirst({ where: { id: input.roundId, debate: { courseId: input.courseId } }, select: { id: true } });
    if (!owner) throw notFound("Round");
    await tx.$queryRaw`SELECT id FROM "Round" WHERE id = ${input.roundId} FOR UPDATE`;
    const round = await tx.round.findUniqueOrThrow({
      where: { id: input.roundId },
      select: { id: true, debateId: true, index: true, ...roundTimestampSelect, debate: { select: { status: true } } },
    });
    if (round.debate.status !== "PUBLISHED") {
      throw new AppError("PRECONDITION_FAILED", "Publish the debate's teams before running its rounds");
    }
    const now = actionTime(round, input.now);
    const next = transition(toRoundTimestamps(round), input.action, now);
    if (input.action.type === "openNow") await requirePreviousRoundLocked(tx, round, now);

    if (input.action.type === "extendDeadline" || input.action.type === "reopen") {
      const siblings = await tx.round.findMany({ where: { debateId: round.debateId }, orderBy: { index: "asc" }, select: { id: true, ...roundTimestampSelect } });
      const plan = siblings.map((sibling) => (sibling.id === round.id ? next : sibling));
      const check = roundsPlanValid(plan);
      if (!check.isValid) throw new AppError("BAD_REQUEST", check.errors.map((error) => error.message).join("; "), { field: "newLocksAt" });
    }

    await tx.round.update({
      where: { id: round.id },
      data: {
        opensAt: next.opensAt,
        locksAt: next.locksAt,
        votingClosesAt: next.votingClosesAt,
        openedAt: next.openedAt,
        lockedAt: next.lockedAt,
        votingClosedAt: next.votingClosedAt,
        reopenedAt: next.reopenedAt,
        reopenReason: next.reopenReason,
        // A reopened round is written again, and frozen again at its next lock.
        ...(input.action.type === "reopen" && { frozenAt: null }),
      },
    });
    if (input.action.type === "reopen") {
      // The arguments will change, so the vote starts again on what the teams hand in next.
      await tx.submission.deleteMany({ where: { roundId: round.id } });
      await tx.ballot.deleteMany({ where: { roundId: round.id } });
    }
    await tx.roundEvent.create({
      data: { roundId: round.id, action: input.action.type, actorId: input.actorId, reason: input.action.type === "reopen" ? input.action.reason.trim() : null },
    });
    return { roundId: round.id, debateId: round.debateId, state: deriveRoundState(next, now), now };
  });
  // The collaboration servers learn of the lock from this event and stop accepting writes; the
  // edits they accepted just before reach the update log within their flush window. Freezing
  // after that window keeps those last words in the submission.
  await publishCourseEvent(db, { courseId: input.courseId, type: "round", debateId: result.debateId, roundId: result.roundId });
  if (input.action.type === "lockNow") {
    await new Promise((resolve) => setTimeout(resolve, collabFlushGraceMs));
    await freezeIfLocked(db, result, result.now);
  }
  return { roundId: result.roundId, debateId: result.debateId, state: result.state };
}

/**
 * When an action takes effect: its caller's clock, but never before an action already recorded on
 * the round. Two instructors locking at once both read the clock before either holds the row
 * lock; without this the one that waited could lock "earlier" than the lock it waited for, see the
 * round still open at its own time, and lock it again.
 */
function actionTime(round: { openedAt: Date | null; lockedAt: Date | null; votingClosedAt: Date | null; reopenedAt: Date | null }, now: Date): Date {
  const recorded = [round.openedAt, round.lockedAt, round.votingClosedAt, round.reopenedAt].filter((time): time is Date => time !== null);
  return new Date(Math.max(now.getTime(), ...recorded.map((time) => time.getTime())));
}

/** Longer than the collaboration server's append batching (20 ms) plus its hearing of the lock. */
const collabFlushGraceMs = 150;

/**
 * Freezes one round's arguments if it is locked and not frozen yet. The row lock and the frozenAt
 * check make concurrent freezes (two instructors, the worker) store one submission per team; the
 * state check keeps a freeze that lost a race with a reopen from freezing an open round.
 */
async function freezeIfLocked(db: Db, round: { roundId: string; debateId: string }, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Round" WHERE id = ${round.roundId} FOR UPDATE`;
    const row = await tx.round.findUnique({ where: { id: round.roundId }, select: { frozenAt: true, ...roundTimestampSelect } });
    if (!row || row.frozenAt) return false;
    if (["SCHEDULED", "OPEN"].includes(deriveRoundState(toRoundTimestamps(row), now))) return false;
    await freezeRound(tx, { id: round.roundId, debateId: round.debateId }, now);
    return true;
  });
}

/** Teams write one round at a time: a round opens early only once the one before has locked. */
async function requirePreviousRoundLocked(tx: Prisma.TransactionClient, round: { debateId: string; index: number }, now: Date) {
  if (round.index === 0) return;
  const previous = await tx.round.findUnique({
    where: { debateId_index: { debateId: round.debateId, index: round.index - 1 } },
    select: { name: true, ...roundTimestampSelect },
  });
  if (previous && ["SCHEDULED", "OPEN"].includes(deriveRoundState(toRoundTimestamps(previous), now))) {
    throw new AppError("PRECONDITION_FAILED", `Lock "${previous.name}" before opening the next round`);
  }
}

/**
 * Freezes rounds whose lock time has passed without anyone locking them by hand. Called by
 * the worker on schedule and before any read that needs submissions; safe to run any number
 * of times, from any number of processes.
 */
export async function freezeDueRounds(db: Db, now: Date) {
  const due = await db.round.findMany({
    where: { frozenAt: null, debate: { status: "PUBLISHED" }, OR: [{ lockedAt: { lte: now } }, { lockedAt: null, locksAt: { lte: now } }] },
    select: { id: true, debateId: true, debate: { select: { courseId: true } } },
  });
  for (const round of due) {
    if (await freezeIfLocked(db, { roundId: round.id, debateId: round.debateId }, now)) {
      await publishCourseEvent(db, { courseId: round.debate.courseId, type: "round", debateId: round.debateId, roundId: round.id });
    }
  }
  return due.length;
}
