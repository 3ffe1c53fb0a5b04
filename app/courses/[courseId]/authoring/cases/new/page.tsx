import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/access";
import { CaseForm } from "@/components/authoring/case-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New case" };

type NewCasePageProps = { params: Promise<{ courseId: string }> };

export default async function NewCasePage({ params }: NewCasePageProps) {
  const { courseId } = await params;
  await requireUser(`/courses/${courseId}/authoring/cases/new`);

  return (
    <div className="space-y-8">
      <PageHeader title="New case" description="Give the case a period and a summary, then its key events and sources. You can add prompts once it is saved." />
      <CaseForm courseId={courseId} />
    </div>
  );
}
