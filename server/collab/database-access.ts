import type { Db } from "@/server/db";
import { documentAccess } from "@/server/services/collab/document-access";
import type { Authorize } from "./access";

/**
 * Permissions from the database, capped by the ticket: a ticket issued for reading never writes,
 * and a ticket issued for writing stops writing as soon as the database says the round locked.
 */
export function databaseAuthorizer(db: Db): Authorize {
  return async (claims, now) => {
    const access = await documentAccess(db, { userId: claims.userId, documentName: claims.document, now });
    return {
      permission: access.permission === "write" && claims.permission === "write" ? "write" : "read",
      reviewAt: access.reviewAt,
      round: { courseId: access.courseId, roundId: access.roundId },
    };
  };
}
