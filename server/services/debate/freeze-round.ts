import type { Prisma } from "@/prisma/generated/client";
import { argumentDocumentName } from "@/server/domain/argument/document-name";
import { argumentContent } from "@/server/services/collab/argument-content";
import { loadDocument } from "@/server/services/collab/document-store";

type Tx = Prisma.TransactionClient;

/**
 * Freezes every team's argument for a round into its Submission. Runs inside the transaction
 * that records the lock; the unique (round, team) index makes a second freeze a no-op, so two
 * instructors locking at once (or an instructor and the scheduled job) store one Submission each.
 */
export async function freezeRound(tx: Tx, round: { id: string; debateId: string }, now: Date) {
  const teams = await tx.team.findMany({ where: { debateId: round.debateId }, select: { id: true } });
  const submissions = [];
  for (const team of teams) {
    const doc = await loadDocument(tx, argumentDocumentName({ debateId: round.debateId, roundId: round.id, teamId: team.id }));
    const { content, plainText, wordCount } = argumentContent(doc);
    doc.destroy();
    submissions.push({ roundId: round.id, teamId: team.id, content: content as Prisma.InputJsonValue, plainText, wordCount, frozenAt: now });
  }
  await tx.submission.createMany({ data: submissions, skipDuplicates: true });
  await tx.round.update({ where: { id: round.id }, data: { frozenAt: now } });
  return submissions.length;
}
