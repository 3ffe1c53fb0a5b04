import type { CourseRole } from "@/prisma/generated/client";
import { AppError, notFound } from "@/server/domain/app-error";
import type { DerivedRoundState } from "@/server/domain/debate/round-state";

export type DocumentPermission = "read" | "write";

/** How the caller stands to a team's document: its authors, course staff, or another reader. */
export type DocumentRelation = "team" | "staff" | "reader";

/** What the rule needs to know, read from the database at one moment. */
export type AccessFacts = {
  role: CourseRole;
  isPublished: boolean;
  isTeamMember: boolean;
  roundState: DerivedRoundState;
  revealAfterLock: boolean;
};

/**
 * Who may do what with a team's argument for a round. Pure, so the collab server and the tRPC
 * procedures apply one rule: the team writes while the round is open; staff read at any time;
 * nobody writes after the lock; other students read only after the lock, and only in debates
 * that reveal arguments. Throws NOT_FOUND for students when the debate is still a draft (they
 * must not learn it exists) and FORBIDDEN, with the reason, otherwise.
 */
export function decideAccess(facts: AccessFacts): { permission: DocumentPermission; relation: DocumentRelation } {
  if (facts.role === "INSTRUCTOR" || facts.role === "TA") return { permission: "read", relation: "staff" };
  if (!facts.isPublished) throw notFound("Document");

  const hasLocked = facts.roundState === "VOTING" || facts.roundState === "CLOSED";
  if (facts.isTeamMember) return { permission: facts.roundState === "OPEN" ? "write" : "read", relation: "team" };
  if (!hasLocked) throw new AppError("FORBIDDEN", "Other teams' arguments stay hidden until the round locks");
  if (!facts.revealAfterLock) throw new AppError("FORBIDDEN", "This debate keeps other teams' arguments hidden, even after the round locks");
  return { permission: "read", relation: "reader" };
}
