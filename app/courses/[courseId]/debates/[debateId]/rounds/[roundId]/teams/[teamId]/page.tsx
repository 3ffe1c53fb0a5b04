import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { shortTitle } from "@/components/debate/labels";
import { DeadlineRefresh } from "@/components/debate/deadline-refresh";
import { LiveUpdates } from "@/components/debate/live-updates";
import { debatePaths } from "@/components/debate/paths";
import { ArgumentEditorLoader } from "@/components/editor/argument-editor-loader";
import { AccessDenied } from "@/components/errors/access-denied";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";
import { argumentDocumentName } from "@/server/domain/argument/document-name";

type ArgumentPageProps = { params: Promise<{ courseId: string; debateId: string; roundId: string; teamId: string }> };

const loadDebate = cache(async (courseId: string, debateId: string, returnPath: string) =>
  loadForPage(returnPath, async () => (await serverApi()).debate.get({ courseId, debateId })),
);

export async function generateMetadata({ params }: ArgumentPageProps): Promise<Metadata> {
  const { courseId, debateId, roundId, teamId } = await params;
  const loaded = await loadDebate(courseId, debateId, debatePaths.argument(courseId, debateId, roundId, teamId));
  if (!loaded.isAllowed) return { title: "Argument" };
  const round = loaded.data.rounds.find((candidate) => candidate.id === roundId);
  const team = loaded.data.teams.find((candidate) => candidate.id === teamId);
  return { title: round && team ? `${team.name}: ${round.name}` : "Argument" };
}

export default async function ArgumentPage({ params }: ArgumentPageProps) {
  const { courseId, debateId, roundId, teamId } = await params;
  const returnPath = debatePaths.argument(courseId, debateId, roundId, teamId);
  const user = await requireUser(returnPath);
  const [course, loaded] = await Promise.all([loadCourse(courseId), loadDebate(courseId, debateId, returnPath)]);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const back = { backHref: debatePaths.debate(courseId, debateId), backLabel: "Back to the debate" };
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} {...back} />;
  const debate = loaded.data;
  const round = debate.rounds.find((candidate) => candidate.id === roundId);
  const team = debate.teams.find((candidate) => candidate.id === teamId);
  if (!round || !team) notFound();

  const documentName = argumentDocumentName({ debateId, roundId, teamId });
  // The collab rule decides who may open the document; asking for a ticket applies it.
  const access = await loadForPage(returnPath, async () => (await serverApi()).collab.ticket({ courseId, documentName }));
  const isRoundOpen = round.state === "OPEN" || round.state === "SCHEDULED";
  if (!access.isAllowed) {
    return (
      <div className="space-y-8">
        <Breadcrumbs items={[{ label: "Debates", href: debatePaths.list(courseId) }, { label: shortTitle(debate.title), href: debatePaths.debate(courseId, debateId) }, { label: team.name }]} />
        <section aria-labelledby="refused-heading" className="mx-auto max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-8 text-center">
          <h1 id="refused-heading" className="font-serif text-2xl font-semibold text-stone-950">
            {isRoundOpen ? "You can't open this team's argument while the round is open" : "You can't open this team's argument"}
          </h1>
          <p className="mt-2 text-stone-800">{access.message}</p>
          <p className="mt-6">
            <Link href={back.backHref} className="font-medium text-teal-800 underline hover:text-teal-900">
              {back.backLabel}
            </Link>
          </p>
        </section>
      </div>
    );
  }

  const caseData = await loadForPage(returnPath, async () => (await serverApi()).case.get({ courseId, caseId: debate.case.id }));
  const sources = caseData.isAllowed ? caseData.data.sources : [];
  const position = debate.positions.find((candidate) => candidate.id === team.theoryId);
  const isMyTeam = debate.myTeamId === teamId;
  const isStaff = course.data.role !== "STUDENT";
  const isLocked = round.state === "VOTING" || round.state === "CLOSED";
  const readOnlyReason =
    round.state === "SCHEDULED"
      ? "Writing starts when the round opens."
      : isStaff
        ? "Course staff can read a team's argument; only the team writes it."
        : null;

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: "Debates", href: debatePaths.list(courseId) },
          { label: shortTitle(debate.title), href: debatePaths.debate(courseId, debateId) },
          { label: `${team.name}: ${round.name}` },
        ]}
      />
      <PageHeader
        title={isMyTeam ? `Your argument: ${round.name}` : `${team.name}'s argument: ${round.name}`}
        eyebrow={
          <span>
            Round {round.index + 1} · {position && position.name !== team.name ? `${team.name}, arguing ${position.name}` : `Team ${team.name}`}
          </span>
        }
        description={<p>{debate.prompt.text}</p>}
      />
      {/* A round that opens, locks or reopens (on time or by the instructor) re-renders this page. */}
      <LiveUpdates courseId={courseId} debateId={debateId} />
      <DeadlineRefresh deadlines={[round.nextDeadline?.at ?? null]} />
      <ArgumentEditorLoader
        courseId={courseId}
        documentName={documentName}
        collabUrl={access.data.url}
        initialPermission={access.data.permission}
        user={{ id: user.id, name: user.name }}
        teamName={team.name}
        roundName={round.name}
        wordLimit={round.wordLimit}
        locksAt={round.state === "OPEN" ? (round.nextDeadline?.at ?? round.locksAt) : null}
        isLocked={isLocked}
        readOnlyReason={readOnlyReason}
        sources={sources}
        canSeeContributions={isMyTeam || isStaff}
      />
    </div>
  );
}
