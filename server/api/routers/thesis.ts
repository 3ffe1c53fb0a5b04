import { z } from "zod";
import { caseFields, id, text } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, memberRoles, staffRoles } from "@/server/api/trpc";
import { createCaseFromThesis, createPromptFromThesis, excerptsFor } from "@/server/services/thesis/excerpts";
import { enqueueThesisImport } from "@/server/services/thesis/import-queue";
import { caseChapterLinks } from "@/server/services/thesis/chapter-links";
import { listImports, readChapter, readPassages } from "@/server/services/thesis/read-chapter";
import { importStatus, listTheses, thesisOutline, thesisSection } from "@/server/services/thesis/read-thesis";
import { searchThesis } from "@/server/services/thesis/search-thesis";
import { threadExcerpts } from "@/server/services/thesis/thread-excerpts";
import { MAX_UPLOAD_BASE64_LENGTH, uploadThesis } from "@/server/services/thesis/upload-thesis";

const thesisRef = z.object({ thesisId: id });

const excerpts = z
  .array(z.object({ anchor: z.string().trim().min(1).max(40), quote: text("Quote", { max: 10_000 }).nullable().default(null) }))
  .min(1, "Choose at least one passage")
  .max(20, "At most 20 passages");

const upload = z.object({
  thesisId: id.nullable().default(null),
  fileName: text("File name", { min: 1, max: 255 }),
  mimeType: z.string().max(100).nullable().default(null),
  // Checked on the string's length, before a byte is decoded: 20 MB of file is ~27 MB of base64.
  contentBase64: z.string().min(1, "The file is empty.").max(MAX_UPLOAD_BASE64_LENGTH, "The file is larger than 20 MB. Upload a smaller file."),
});

export const thesisRouter = createTRPCRouter({
  list: courseProcedure(memberRoles).query(({ ctx, input }) => listTheses(ctx.db, input)),

  outline: courseProcedure(memberRoles)
    .input(thesisRef)
    .query(({ ctx, input }) => thesisOutline(ctx.db, input)),

  section: courseProcedure(memberRoles)
    .input(thesisRef.extend({ chapterId: id, sectionId: id.nullable() }))
    .query(({ ctx, input }) => thesisSection(ctx.db, input)),

  chapter: courseProcedure(memberRoles)
    .input(thesisRef.extend({ chapterId: id.nullable().default(null), anchor: z.string().trim().min(1).max(40).nullable().default(null) }))
    .query(({ ctx, input }) => readChapter(ctx.db, input)),

  passages: courseProcedure(memberRoles)
    .input(thesisRef.extend({ anchors: z.array(z.string().trim().min(1).max(40)).min(1).max(20) }))
    .query(({ ctx, input }) => readPassages(ctx.db, input)),

  caseLinks: courseProcedure(memberRoles)
    .input(z.object({ caseId: id }))
    .query(({ ctx, input }) => caseChapterLinks(ctx.db, input)),

  search: courseProcedure(memberRoles)
    .input(thesisRef.extend({ query: text("Search", { min: 1, max: 200 }), limit: z.number().int().min(1).max(100).default(20) }))
    .query(({ ctx, input }) => searchThesis(ctx.db, input)),

  upload: courseProcedure(["INSTRUCTOR"])
    .input(upload)
    .mutation(({ ctx, input }) => uploadThesis(ctx.db, { ...input, courseId: input.courseId, createdById: ctx.user.id }, enqueueThesisImport)),

  imports: courseProcedure(staffRoles).query(({ ctx, input }) => listImports(ctx.db, input)),

  importStatus: courseProcedure(staffRoles)
    .input(z.object({ importId: id }))
    .query(({ ctx, input }) => importStatus(ctx.db, input)),

  createCase: courseProcedure(["INSTRUCTOR"])
    .input(
      thesisRef.extend({ ...caseFields.shape, excerpts }),
    )
    .mutation(({ ctx, input }) => createCaseFromThesis(ctx.db, input)),

  createPrompt: courseProcedure(["INSTRUCTOR"])
    .input(
      thesisRef.extend({
        caseId: id,
        kind: z.enum(["DEBATE", "SEMINAR"], { error: "Kind must be DEBATE or SEMINAR" }),
        text: text("Text", { min: 1, max: 2_000 }),
        status: z.enum(["DRAFT", "POSTED"]).default("DRAFT"),
        excerpts,
      }),
    )
    .mutation(({ ctx, input }) => createPromptFromThesis(ctx.db, { ...input, now: new Date() })),

  excerptsFor: courseProcedure(memberRoles)
    .input(z.object({ caseId: id.nullable().default(null), promptId: id.nullable().default(null) }))
    .query(({ ctx, input }) => excerptsFor(ctx.db, input)),

  threadExcerpts: courseProcedure(memberRoles)
    .input(z.object({ threadId: id }))
    .query(({ ctx, input }) => threadExcerpts(ctx.db, { ...input, isStaff: ctx.membership.role !== "STUDENT" })),
});
