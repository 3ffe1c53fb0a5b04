import { COLLAB_TICKET_TTL_SECONDS, issueCollabTicket } from "@/server/auth/collab-ticket";
import type { Db } from "@/server/db";
import { documentAccess } from "@/server/services/collab/document-access";

/**
 * A ticket to open one document on the collaboration server, carrying what the caller may do
 * there now. The server checks the database again when the connection arrives and while it
 * lasts, so a ticket issued just before a lock cannot be used to write after it.
 */
export async function issueDocumentTicket(
  db: Db,
  input: { courseId: string; user: { id: string; name: string }; documentName: string; publicUrl: string; now: Date },
) {
  const access = await documentAccess(db, { userId: input.user.id, documentName: input.documentName, courseId: input.courseId, now: input.now });
  const ticket = await issueCollabTicket(
    { userId: input.user.id, userName: input.user.name, document: input.documentName, permission: access.permission },
    { now: input.now },
  );
  // The ticket's own clock has whole seconds; report the same expiry it will be checked against.
  const expiresAt = new Date((Math.floor(input.now.getTime() / 1000) + COLLAB_TICKET_TTL_SECONDS) * 1000);
  return { ticket, url: input.publicUrl, permission: access.permission, expiresAt };
}
