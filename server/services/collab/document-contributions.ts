import type { Db } from "@/server/db";
import { AppError } from "@/server/domain/app-error";
import { parseArgumentDocumentName } from "@/server/domain/argument/document-name";
import { computeContributions } from "@/server/services/collab/contributions";
import { documentAccess } from "@/server/services/collab/document-access";
import { readAttributionLog } from "@/server/services/collab/document-store";

export type DocumentContribution = {
  userId: string | null;
  name: string | null;
  insertedCharacters: number;
  deletedCharacters: number;
  activeMinutes: number;
};

/** A transaction client will do, so a round's freeze can store these with the submission. */
type ContributionReader = Pick<Db, "collabUpdate" | "collabClient" | "user" | "teamMember">;

/**
 * Per person: characters inserted that survive, characters deleted, active minutes. For a team's
 * argument every member is listed, with zeros for those who wrote nothing: that is what grading
 * needs to see. A row with a null user holds text nobody could be credited for.
 */
export async function documentContributions(db: ContributionReader, documentName: string): Promise<DocumentContribution[]> {
  const { log, clientUsers } = await readAttributionLog(db, documentName);
  const rows = computeContributions(log, clientUsers);
  const teamId = parseArgumentDocumentName(documentName)?.teamId;
  const members = teamId ? await db.teamMember.findMany({ where: { teamId }, select: { userId: true } }) : [];
  const userIds = [...new Set([...members.map((member) => member.userId), ...rows.flatMap((row) => (row.userId ? [row.userId] : []))])];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));

  const silent = members
    .filter((member) => !rows.some((row) => row.userId === member.userId))
    .map((member) => ({ userId: member.userId, insertedCharacters: 0, deletedCharacters: 0, activeMinutes: 0 }));
  return [...rows, ...silent].map((row) => ({ ...row, name: row.userId ? (names.get(row.userId) ?? null) : null }));
}

/** Contributions for the team that wrote the document and for course staff; other readers are refused. */
export async function readDocumentContributions(db: Db, input: { courseId: string; userId: string; documentName: string; now: Date }) {
  const access = await documentAccess(db, input);
  if (access.relation === "reader") throw new AppError("FORBIDDEN", "Only the team and the course staff can see who wrote what");
  return documentContributions(db, input.documentName);
}
