-- AlterTable
ALTER TABLE "Grade" ADD COLUMN     "studentId" TEXT,
ADD COLUMN     "threadId" TEXT,
ALTER COLUMN "submissionId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ThreadRubric" (
    "threadId" TEXT NOT NULL,
    "rubricId" TEXT NOT NULL,

    CONSTRAINT "ThreadRubric_pkey" PRIMARY KEY ("threadId")
);

-- CreateTable
CREATE TABLE "ThreadGradeRelease" (
    "threadId" TEXT NOT NULL,
    "releasedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThreadGradeRelease_pkey" PRIMARY KEY ("threadId")
);

-- CreateIndex
CREATE INDEX "ThreadRubric_rubricId_idx" ON "ThreadRubric"("rubricId");

-- CreateIndex
CREATE INDEX "Grade_studentId_idx" ON "Grade"("studentId");

-- CreateIndex
CREATE UNIQUE INDEX "Grade_threadId_studentId_key" ON "Grade"("threadId", "studentId");

-- AddForeignKey
ALTER TABLE "ThreadRubric" ADD CONSTRAINT "ThreadRubric_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreadRubric" ADD CONSTRAINT "ThreadRubric_rubricId_fkey" FOREIGN KEY ("rubricId") REFERENCES "Rubric"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreadGradeRelease" ADD CONSTRAINT "ThreadGradeRelease_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A grade has exactly one target: a team's submission, or one student's posts in one thread.
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_one_target_check" CHECK (
  ("submissionId" IS NOT NULL AND "threadId" IS NULL AND "studentId" IS NULL)
  OR ("submissionId" IS NULL AND "threadId" IS NOT NULL AND "studentId" IS NOT NULL)
);
