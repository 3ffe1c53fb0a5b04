import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { DeadlineRefresh } from "@/components/debate/deadline-refresh";
import { DebateSettings } from "@/components/debate/debate-settings";
import { DeleteDraftDebate } from "@/components/debate/delete-draft-debate";
import { debateStatusLabels, debateStatusTones, shortTitle } from "@/components/debate/labels";
import { LiveUpdates } from "@/components/debate/live-updates";
import { canStudentVote, NextStep } from "@/components/debate/next-step";
import { debatePaths } from "@/components/debate/paths";
import { Primer } from "@/components/debate/primer";
import { ResultsSection } from "@/components/debate/results/results-section";
import { RoundTimeline } from "@/components/debate/round/round-timeline";
import { TeamsOverview } from "@/components/debate/teams-overview";
import type { BallotStatus } from "@/components/debate/types";
import { AccessDenied } from "@/components/errors/access-denied";
import { PromptExcerpts } from "@/components/thesis/prompt-excerpts";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

type DebatePageProps = { params: Promise<{ courseId: string; debateId: string }> };

const loadDebate = cache(async (courseId: string, debateId: string) =>
  loadForPage(debatePaths.debate(courseId, debateId), async () => (await serverApi()).debate.get({ courseId, debateId })),
);

export async function generateMetadata({ params }: DebatePageProps): Promise<Metadata> {
  const { courseId, debateId } = await params;
  const loaded = await loadDebate(courseId, debateId);
  return { title: loaded.isAllowed ? loaded.data.title : "Debate" };
}

export default async function DebatePage({ params }: DebatePageProps) {
  const { courseId, debateId } = await params;
  const returnPath = debatePaths.debate(courseId, debateId);
  const user = await requireUser(returnPath);
  const [course, loaded] = await Promise.all([loadCourse(courseId), loadDebate(courseId, debateId)]);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const back = { backHref: debatePaths.list(courseId), backLabel: "Back to the debates" };
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} {...back} />;
  const debate = loaded.data;
  const { role } = course.data;
  const isStaff = role !== "STUDENT";
  const isInstructor = role === "INSTRUCTOR";
  const isPublished = debate.status === "PUBLISHED";
  const canVote = !isStaff && canStudentVote(debate.settings.voterRule, debate.myTeamId !== null);

  const live = isPublished
    ? await loadForPage(returnPath, async () => {
        const api = await serverApi();
        const votingRounds = canVote ? debate.rounds.filter((round) => round.state === "VOTING") : [];
        const [results, statuses] = await Promise.all([
          api.vote.results({ courseId, debateId }),
          Promise.all(votingRounds.map((round) => api.vote.status({ courseId, roundId: round.id }))),
        ]);
        return { results, ballotStatuses: Object.fromEntries(statuses.map((status) => [status.roundId, status])) as Record<string, BallotStatus> };
      })
    : null;
  if (live && !live.isAllowed) return <AccessDenied message={live.message} {...back} />;
  const results = live?.data.results ?? null;

  const myTeam = debate.teams.find((team) => team.id === debate.myTeamId);
  const myPosition = myTeam ? debate.positions.find((position) => position.id === myTeam.theoryId) : undefined;
  const teammates = myTeam?.members.filter((member) => member.id !== user.id) ?? [];
  const currentRound = debate.rounds.find((round) => round.state !== "CLOSED") ?? debate.rounds.at(-1) ?? null;
  const caseHref = debatePaths.caseStudy(courseId, debate.case.id);

  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: "Debates", href: debatePaths.list(courseId) }, { label: shortTitle(debate.title) }]} />
      <PageHeader
        title={debate.title}
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            {isStaff || !isPublished ? <Badge tone={debateStatusTones[debate.status]}>{debateStatusLabels[debate.status]}</Badge> : null}
            <span>
              Debate on{" "}
              <Link href={caseHref} className="font-medium text-teal-800 underline hover:text-teal-900">
                {debate.case.title}
              </Link>
            </span>
          </span>
        }
        description={
          <>
            {debate.prompt.text !== debate.title ? (
              <p>
                <span className="font-medium text-stone-900">Motion: </span>
                <span className="font-serif">{debate.prompt.text}</span>
              </p>
            ) : null}
            <PromptExcerpts courseId={courseId} promptId={debate.prompt.id} />
          </>
        }
        actions={
          isInstructor && !isPublished ? (
            <div className="flex flex-wrap items-start gap-2">
              <ButtonLink href={debatePaths.assignment(courseId, debateId)}>Assign teams</ButtonLink>
              <DeleteDraftDebate courseId={courseId} debateId={debateId} title={debate.title} />
            </div>
          ) : null
        }
      />

      {isPublished ? (
        <>
          <LiveUpdates courseId={courseId} debateId={debateId} />
          <DeadlineRefresh deadlines={debate.rounds.map((round) => round.nextDeadline?.at ?? null)} />
        </>
      ) : null}

      {!isStaff ? (
        <section aria-labelledby="my-position-heading" className="rounded-lg border border-teal-200 bg-teal-50 p-5">
          <h2 id="my-position-heading" className="font-serif text-xl font-semibold text-stone-950">
            {myPosition && myTeam ? (
              <>
                You argue {myPosition.name}
                {myTeam.name !== myPosition.name ? <span className="font-sans text-base font-normal text-stone-800"> on team {myTeam.name}</span> : null}
              </>
            ) : (
              "You are in the audience"
            )}
          </h2>
          {myTeam ? (
            <p className="mt-1 text-sm text-stone-800">
              {teammates.length > 0 ? `Your teammates: ${teammates.map((member) => member.name).join(", ")}.` : "You argue this position on your own."}
            </p>
          ) : (
            <p className="mt-1 text-sm text-stone-800">You are not on a team in this debate. {canVote ? "You vote on the rounds once they lock." : ""}</p>
          )}
          <NextStep
            className="mt-4 border-t border-teal-200 pt-4"
            courseId={courseId}
            debateId={debateId}
            status={debate.status}
            round={currentRound}
            myTeamId={debate.myTeamId}
            isStaff={false}
            canManage={false}
            canVote={canVote}
          />
        </section>
      ) : !isPublished ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-5 text-sm text-amber-950">
          <p className="font-semibold">Students cannot see this debate yet.</p>
          <p className="mt-1">
            {isInstructor ? "Review Stoa's proposed teams, adjust them, and publish. Rounds run on their schedule from then on." : "The instructor publishes the teams when they are ready."}
          </p>
        </div>
      ) : null}

      <div className="grid gap-10 lg:grid-cols-3">
        <div className="space-y-10 lg:col-span-2">
          <RoundTimeline
            courseId={courseId}
            debate={debate}
            viewer={{ isStaff, isInstructor, canVote }}
            ballotStatuses={live?.data.ballotStatuses ?? {}}
            results={results}
          />
          {results ? <ResultsSection courseId={courseId} debate={debate} initialResults={results} /> : null}
        </div>
        <aside aria-label="About this debate" className="space-y-8">
          {debate.primer ? <Primer primer={debate.primer} caseHref={caseHref} caseTitle={debate.case.title} /> : null}
          <TeamsOverview debate={debate} />
          <DebateSettings settings={debate.settings} />
        </aside>
      </div>
    </div>
  );
}
