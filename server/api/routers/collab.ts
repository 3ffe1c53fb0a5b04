import { z } from "zod";
import { courseProcedure, createTRPCRouter, memberRoles } from "@/server/api/trpc";
import { env } from "@/server/env";
import { readDocumentContributions } from "@/server/services/collab/document-contributions";
import { issueDocumentTicket } from "@/server/services/collab/document-ticket";

const documentRef = z.object({ documentName: z.string().trim().min(1, "is required").max(300, "is too long") });

export const collabRouter = createTRPCRouter({
  /** A short-lived ticket to open the document on the collaboration server; fetch a new one for every (re)connect. */
  ticket: courseProcedure(memberRoles)
    .input(documentRef)
    .mutation(({ ctx, input }) =>
      issueDocumentTicket(ctx.db, { ...input, user: ctx.user, publicUrl: env().COLLAB_PUBLIC_URL, now: new Date() }),
    ),

  /** Who wrote what in a document, for its team and for grading. */
  contributions: courseProcedure(memberRoles)
    .input(documentRef)
    .query(({ ctx, input }) => readDocumentContributions(ctx.db, { ...input, userId: ctx.user.id, now: new Date() })),
});
