import Link from "next/link";
import { debateStatusLabels, debateStatusTones } from "@/components/debate/labels";
import { NextStep } from "@/components/debate/next-step";
import { debatePaths } from "@/components/debate/paths";
import { RoundStateBadge } from "@/components/debate/round-state-badge";
import type { DebateSummary } from "@/components/debate/types";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

type DebateListProps = { courseId: string; debates: DebateSummary[]; isStaff: boolean; isInstructor: boolean };

/** Students: their own debates first, then the ones they watch. Staff: drafts first, then the rest. */
export function DebateList({ courseId, debates, isStaff, isInstructor }: DebateListProps) {
  if (debates.length === 0) {
    return (
      <EmptyState title="No debates yet">
        {isInstructor
          ? "Start one from a posted debate motion: Stoa assigns students to positions and teams, and runs the rounds on time."
          : isStaff
            ? "Instructors create debates from the course's debate motions."
            : "When your instructor publishes a debate, you will find your position, your team and your deadlines here."}
      </EmptyState>
    );
  }
  const groups = isStaff
    ? [
        { id: "drafts", title: "Drafts", debates: debates.filter((debate) => debate.status === "DRAFT") },
        { id: "published", title: "Published", debates: debates.filter((debate) => debate.status === "PUBLISHED") },
      ]
    : [
        { id: "mine", title: "Your debates", debates: debates.filter((debate) => debate.myTeam !== null) },
        { id: "audience", title: "Debates you follow as audience", debates: debates.filter((debate) => debate.myTeam === null) },
      ];

  return (
    <div className="space-y-10">
      {groups
        .filter((group) => group.debates.length > 0)
        .map((group) => (
          <section key={group.id} aria-labelledby={`debates-${group.id}`}>
            <h2 id={`debates-${group.id}`} className="mb-4 font-serif text-xl font-semibold text-stone-950">
              {group.title} <span className="font-sans text-sm font-normal text-stone-700">({group.debates.length})</span>
            </h2>
            <ul className="space-y-4">
              {group.debates.map((debate) => (
                <li key={debate.id}>
                  <DebateCard courseId={courseId} debate={debate} isStaff={isStaff} isInstructor={isInstructor} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}

function DebateCard({ courseId, debate, isStaff, isInstructor }: { courseId: string; debate: DebateSummary; isStaff: boolean; isInstructor: boolean }) {
  const headingId = `debate-${debate.id}`;
  const round = debate.currentRound;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <h3 id={headingId} className="font-serif text-lg leading-snug font-semibold text-stone-950">
          <Link href={debatePaths.debate(courseId, debate.id)} className="hover:text-teal-900 hover:underline">
            {debate.title}
          </Link>
        </h3>
        <div className="flex shrink-0 flex-wrap gap-1.5">
          {debate.status === "DRAFT" ? <Badge tone={debateStatusTones[debate.status]}>{debateStatusLabels[debate.status]}</Badge> : null}
        </div>
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-stone-700">Case</dt>
        <dd>
          <Link href={debatePaths.caseStudy(courseId, debate.case.id)} className="text-teal-800 underline hover:text-teal-900">
            {debate.case.title}
          </Link>
        </dd>
        <dt className="font-medium text-stone-700">Positions</dt>
        <dd className="text-stone-900">{debate.positions.map((position) => position.name).join(" · ")}</dd>
        {!isStaff ? (
          <>
            <dt className="font-medium text-stone-700">Your position</dt>
            <dd className="text-stone-900">
              {debate.myTeam ? (
                <>
                  <strong className="font-semibold">{debate.myTeam.theoryName}</strong>
                  {debate.myTeam.name !== debate.myTeam.theoryName ? <> (team {debate.myTeam.name})</> : null}
                </>
              ) : (
                "Audience: you are not on a team in this debate"
              )}
            </dd>
          </>
        ) : null}
        {round && debate.status === "PUBLISHED" ? (
          <>
            <dt className="font-medium text-stone-700">Current round</dt>
            <dd className="flex flex-wrap items-center gap-2 text-stone-900">
              {round.name} <RoundStateBadge state={round.state} />
            </dd>
          </>
        ) : null}
      </dl>
      <NextStep
        className="mt-4 border-t border-stone-200 pt-4"
        courseId={courseId}
        debateId={debate.id}
        status={debate.status}
        round={round}
        myTeamId={debate.myTeam?.id ?? null}
        isStaff={isStaff}
        canManage={isInstructor}
        canVote={null}
      />
    </article>
  );
}
