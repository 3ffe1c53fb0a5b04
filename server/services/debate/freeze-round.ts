import type { Prisma } from "@/prisma/generated/client";
import { argumentDocumentName } from "@/server/domain/argument/document-name";
import { argumentContent } from "@/server/services/collab/argument-content";
import { documentContributions } from "@/server/services/collab/document-contributions";
import { loadDocument } from "@/server/services/collab/document-store";

type Tx = Prisma.TransactionClient;

/**
 * Freezes every team's argument for a round into its Submission, with who wrote how much. The
 * caller holds the round's row lock; the unique (round, team) index makes a second freeze a
 * no-op all the same.
 */
export async function freezeRound(tx: Tx, round: { id: string; debateId: string }, now: Date) {
  const teams = await tx.team.findMany({ where: { debateId: round.debateId }, select: { id: true } });
  const submissions = [];
  for (const team of teams) {
    const documentName = argumentDocumentName({ debateId: round.debateId, roundId: round.id, teamId: team.id });
    const doc = await loadDocument(tx, documentName);
    const { content, plainText, wordCount } = argumentContent(doc);
    doc.destroy();
    const contributions = await documentContributions(tx, documentName);
    submissions.push({ roundId: round.id, teamId: team.id, content: content as Prisma.InputJsonValue, plainText, wordCount, contributions, frozenAt: now });
  }
  await tx.submission.createMany({ data: submissions, skipDuplicates: true });
  await tx.round.update({ where: { id: round.id }, data: { frozenAt: now } });
  return submissions.length;
}
