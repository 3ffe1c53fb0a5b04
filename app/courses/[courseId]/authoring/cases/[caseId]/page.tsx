import type { Metadata } from "next";
import Link from "next/link";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { CaseForm } from "@/components/authoring/case-form";
import { PromptManager } from "@/components/authoring/prompt-manager";
import { AccessDenied } from "@/components/errors/access-denied";
import { StatusMessage } from "@/components/ui/alert";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Edit case" };

type EditCasePageProps = {
  params: Promise<{ courseId: string; caseId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditCasePage({ params, searchParams }: EditCasePageProps) {
  const { courseId, caseId } = await params;
  const returnPath = `/courses/${courseId}/authoring/cases/${caseId}`;
  await requireUser(returnPath);
  const isNew = (await searchParams).created === "1";
  const loaded = await loadForPage(returnPath, async () => {
    const api = await serverApi();
    const [item, prompts] = await Promise.all([api.case.get({ courseId, caseId }), api.prompt.list({ courseId, caseId })]);
    return { item, prompts };
  });
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} />;
  const { item, prompts } = loaded.data;

  return (
    <div className="space-y-10">
      <PageHeader
        title={item.title}
        eyebrow="Edit case"
        actions={
          <Link href={`/courses/${courseId}/cases/${caseId}`} className="text-sm font-medium text-teal-800 underline hover:text-teal-900">
            View as the class sees it
          </Link>
        }
      />
      {isNew ? <StatusMessage className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2">Case created. Now add its prompts below.</StatusMessage> : null}
      <PromptManager courseId={courseId} caseId={caseId} initialPrompts={prompts} />
      <section aria-labelledby="case-details-heading" className="border-t border-stone-200 pt-10">
        <SectionHeading id="case-details-heading">Case details</SectionHeading>
        <CaseForm courseId={courseId} existing={item} />
      </section>
    </div>
  );
}
