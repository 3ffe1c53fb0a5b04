import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";
import { parseArgumentDocumentName } from "@/server/domain/argument/document-name";
import { deriveRoundState, nextDeadline } from "@/server/domain/debate/round-state";
import { decideAccess, type DocumentPermission, type DocumentRelation } from "@/server/services/collab/access-rule";
import { roundTimestampSelect, toRoundTimestamps } from "@/server/services/debate/round-timestamps";

export type DocumentAccess = {
  permission: DocumentPermission;
  relation: DocumentRelation;
  courseId: string;
  debateId: string;
  roundId: string;
  teamId: string;
  /** When the round next changes state, and with it possibly this permission; null once closed. */
  reviewAt: Date | null;
};

/**
 * The caller's permission on a collaborative document, from the database at `now`. Used when a
 * ticket is issued, when the collab server admits a connection, and whenever it re-checks one.
 * With `courseId`, a document of another course reads as NOT_FOUND, as does an unknown one.
 */
export async function documentAccess(db: Db, input: { userId: string; documentName: string; courseId?: string; now: Date }): Promise<DocumentAccess> {
  const document = parseArgumentDocumentName(input.documentName);
  if (!document) throw notFound("Document");

  const round = await db.round.findFirst({
    where: { id: document.roundId, debateId: document.debateId, ...(input.courseId !== undefined && { debate: { courseId: input.courseId } }) },
    select: {
      ...roundTimestampSelect,
      debate: {
        select: {
          courseId: true,
          status: true,
          revealAfterLock: true,
          teams: { where: { id: document.teamId }, select: { id: true } },
          members: { where: { userId: input.userId }, select: { teamId: true } },
          course: { select: { enrollments: { where: { userId: input.userId }, select: { role: true } } } },
        },
      },
    },
  });
  const enrollment = round?.debate.course.enrollments[0];
  // Someone outside the course learns nothing, not even that the document exists.
  if (!round || round.debate.teams.length === 0 || !enrollment) throw notFound("Document");

  const timestamps = toRoundTimestamps(round);
  const { permission, relation } = decideAccess({
    role: enrollment.role,
    isPublished: round.debate.status === "PUBLISHED",
    isTeamMember: round.debate.members.some((member) => member.teamId === document.teamId),
    roundState: deriveRoundState(timestamps, input.now),
    revealAfterLock: round.debate.revealAfterLock,
  });
  return { permission, relation, courseId: round.debate.courseId, ...document, reviewAt: nextDeadline(timestamps, input.now)?.at ?? null };
}
