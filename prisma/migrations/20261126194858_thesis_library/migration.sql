-- CreateEnum
CREATE TYPE "ThesisImportStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "ThesisImport" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "thesisId" TEXT,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "byteLength" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "pageCount" INTEGER,
    "content" BYTEA NOT NULL,
    "status" "ThesisImportStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ThesisImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThesisChapter" (
    "id" TEXT NOT NULL,
    "thesisId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "number" INTEGER,
    "label" TEXT,
    "title" TEXT NOT NULL,
    "page" INTEGER,

    CONSTRAINT "ThesisChapter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThesisSection" (
    "id" TEXT NOT NULL,
    "thesisId" TEXT NOT NULL,
    "chapterId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "number" TEXT,
    "heading" TEXT NOT NULL,
    "page" INTEGER,

    CONSTRAINT "ThesisSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThesisParagraph" (
    "id" TEXT NOT NULL,
    "thesisId" TEXT NOT NULL,
    "chapterId" TEXT NOT NULL,
    "sectionId" TEXT,
    "anchor" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "page" INTEGER,
    "order" INTEGER NOT NULL,
    "markers" JSONB NOT NULL DEFAULT '[]',
    "search" tsvector,

    CONSTRAINT "ThesisParagraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThesisFootnote" (
    "id" TEXT NOT NULL,
    "thesisId" TEXT NOT NULL,
    "anchor" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "series" INTEGER NOT NULL DEFAULT 1,
    "text" TEXT NOT NULL,
    "page" INTEGER,
    "paragraphAnchor" TEXT,

    CONSTRAINT "ThesisFootnote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThesisExcerpt" (
    "id" TEXT NOT NULL,
    "thesisId" TEXT NOT NULL,
    "anchor" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "caseId" TEXT,
    "promptId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThesisExcerpt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ThesisImport_courseId_createdAt_idx" ON "ThesisImport"("courseId", "createdAt");

-- CreateIndex
CREATE INDEX "ThesisImport_thesisId_idx" ON "ThesisImport"("thesisId");

-- CreateIndex
CREATE UNIQUE INDEX "ThesisChapter_thesisId_order_key" ON "ThesisChapter"("thesisId", "order");

-- CreateIndex
CREATE INDEX "ThesisSection_chapterId_idx" ON "ThesisSection"("chapterId");

-- CreateIndex
CREATE UNIQUE INDEX "ThesisSection_thesisId_order_key" ON "ThesisSection"("thesisId", "order");

-- CreateIndex
CREATE INDEX "ThesisParagraph_sectionId_idx" ON "ThesisParagraph"("sectionId");

-- CreateIndex
CREATE INDEX "ThesisParagraph_search_idx" ON "ThesisParagraph" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "ThesisParagraph_thesisId_anchor_key" ON "ThesisParagraph"("thesisId", "anchor");

-- CreateIndex
CREATE UNIQUE INDEX "ThesisParagraph_thesisId_order_key" ON "ThesisParagraph"("thesisId", "order");

-- CreateIndex
CREATE INDEX "ThesisFootnote_thesisId_paragraphAnchor_idx" ON "ThesisFootnote"("thesisId", "paragraphAnchor");

-- CreateIndex
CREATE UNIQUE INDEX "ThesisFootnote_thesisId_anchor_key" ON "ThesisFootnote"("thesisId", "anchor");

-- CreateIndex
CREATE INDEX "ThesisExcerpt_caseId_position_idx" ON "ThesisExcerpt"("caseId", "position");

-- CreateIndex
CREATE INDEX "ThesisExcerpt_promptId_position_idx" ON "ThesisExcerpt"("promptId", "position");

-- AddForeignKey
ALTER TABLE "ThesisImport" ADD CONSTRAINT "ThesisImport_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisImport" ADD CONSTRAINT "ThesisImport_thesisId_fkey" FOREIGN KEY ("thesisId") REFERENCES "Thesis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisImport" ADD CONSTRAINT "ThesisImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisChapter" ADD CONSTRAINT "ThesisChapter_thesisId_fkey" FOREIGN KEY ("thesisId") REFERENCES "Thesis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisSection" ADD CONSTRAINT "ThesisSection_thesisId_fkey" FOREIGN KEY ("thesisId") REFERENCES "Thesis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisSection" ADD CONSTRAINT "ThesisSection_chapterId_fkey" FOREIGN KEY ("chapterId") REFERENCES "ThesisChapter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisParagraph" ADD CONSTRAINT "ThesisParagraph_thesisId_fkey" FOREIGN KEY ("thesisId") REFERENCES "Thesis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisParagraph" ADD CONSTRAINT "ThesisParagraph_chapterId_fkey" FOREIGN KEY ("chapterId") REFERENCES "ThesisChapter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisParagraph" ADD CONSTRAINT "ThesisParagraph_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ThesisSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisFootnote" ADD CONSTRAINT "ThesisFootnote_thesisId_fkey" FOREIGN KEY ("thesisId") REFERENCES "Thesis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisExcerpt" ADD CONSTRAINT "ThesisExcerpt_thesisId_fkey" FOREIGN KEY ("thesisId") REFERENCES "Thesis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisExcerpt" ADD CONSTRAINT "ThesisExcerpt_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThesisExcerpt" ADD CONSTRAINT "ThesisExcerpt_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search: "search" is generated by PostgreSQL from the text, so every write path fills
-- it. Prisma sees a plain nullable tsvector column (Unsupported("tsvector")?) and leaves it be.
ALTER TABLE "ThesisParagraph" DROP COLUMN "search";
ALTER TABLE "ThesisParagraph" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;
CREATE INDEX "ThesisParagraph_search_idx" ON "ThesisParagraph" USING GIN ("search");

-- An excerpt quotes for exactly one case or one prompt.
ALTER TABLE "ThesisExcerpt" ADD CONSTRAINT "ThesisExcerpt_one_target" CHECK (("caseId" IS NULL) <> ("promptId" IS NULL));
