import Link from "next/link";
import { Countdown } from "@/components/debate/countdown";
import { deadlineLabel } from "@/components/debate/labels";
import { LocalTime } from "@/components/debate/local-time";
import { debatePaths } from "@/components/debate/paths";
import { BallotCount } from "@/components/debate/round/ballot-count";
import { BallotPanel, type BallotTeam } from "@/components/debate/round/ballot-panel";
import { RoundControls } from "@/components/debate/round/round-controls";
import { effectiveTimes } from "@/components/debate/round/round-times";
import { RoundStateBadge } from "@/components/debate/round-state-badge";
import type { BallotStatus, DebateDetail, DebateRound, RoundResult } from "@/components/debate/types";
import { ButtonLink } from "@/components/ui/button-link";
import { classNames } from "@/components/ui/class-names";
import { SectionHeading } from "@/components/ui/page-header";

type Viewer = { isStaff: boolean; isInstructor: boolean; canVote: boolean };

type RoundTimelineProps = {
  courseId: string;
  debate: DebateDetail;
  viewer: Viewer;
  /** The student's ballot status for each round in its voting window. */
  ballotStatuses: Record<string, BallotStatus>;
  results: RoundResult[] | null;
};

const dotClasses: Record<DebateRound["state"], string> = {
  SCHEDULED: "border-stone-400 bg-white",
  OPEN: "border-teal-700 bg-teal-700",
  VOTING: "border-violet-700 bg-violet-700",
  CLOSED: "border-sky-700 bg-white",
};

/** The rounds in order, each with its state, deadlines, what the reader can do, and for instructors the controls. */
export function RoundTimeline({ courseId, debate, viewer, ballotStatuses, results }: RoundTimelineProps) {
  const positionName = new Map(debate.positions.map((position) => [position.id, position.name]));
  const ballotTeams: BallotTeam[] = debate.teams.map((team) => ({ ...team, positionName: positionName.get(team.theoryId) ?? "" }));
  return (
    <section aria-labelledby="rounds-heading">
      <SectionHeading id="rounds-heading">Rounds</SectionHeading>
      <ol className="relative space-y-6 border-l-2 border-stone-200 pl-6">
        {debate.rounds.map((round) => (
          <li key={round.id} id={`round-${round.id}`} className="relative scroll-mt-6">
            <span aria-hidden="true" className={classNames("absolute top-6 -left-[33px] size-4 rounded-full border-2", dotClasses[round.state])} />
            <RoundCard
              courseId={courseId}
              debate={debate}
              round={round}
              roundCount={debate.rounds.length}
              viewer={viewer}
              ballotTeams={ballotTeams}
              ballotStatus={ballotStatuses[round.id]}
              results={results}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

type RoundCardProps = {
  courseId: string;
  debate: DebateDetail;
  round: DebateRound;
  roundCount: number;
  viewer: Viewer;
  ballotTeams: BallotTeam[];
  ballotStatus: BallotStatus | undefined;
  results: RoundResult[] | null;
};

function RoundCard({ courseId, debate, round, roundCount, viewer, ballotTeams, ballotStatus, results }: RoundCardProps) {
  const headingId = `round-${round.id}-heading`;
  const times = effectiveTimes(round);
  const isPublished = debate.status === "PUBLISHED";
  const isCurrent = round.state === "OPEN" || round.state === "VOTING";
  return (
    <article
      aria-labelledby={headingId}
      className={classNames("rounded-lg border bg-white p-5 shadow-sm", isCurrent && isPublished ? "border-stone-300 ring-2 ring-teal-700/20" : "border-stone-200")}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="font-serif text-lg font-semibold text-stone-950">
          <span className="mr-2 font-sans text-sm font-normal text-stone-700">
            Round {round.index + 1} of {roundCount}
            <span className="sr-only">:</span>
          </span>{" "}
          {round.name}
        </h3>
        {isPublished ? <RoundStateBadge state={round.state} /> : null}
      </div>

      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <TimeItem label="Opens" date={times.opensAt} />
        <TimeItem label="Deadline" date={times.locksAt} />
        {times.votingClosesAt ? <TimeItem label="Voting closes" date={times.votingClosesAt} /> : <TextItem label="Vote" value="No vote on this round" />}
        <TextItem label="Word limit" value={round.wordLimit ? `${round.wordLimit.toLocaleString("en-GB")} words` : "None"} />
      </dl>

      {isPublished && round.nextDeadline ? (
        <p className="mt-3 text-sm font-medium text-stone-900">
          <Countdown to={round.nextDeadline.at} label={deadlineLabel(round.name, round.state)} />
        </p>
      ) : null}

      {round.reopenedAt && round.reopenReason ? (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <strong>Reopened</strong> on <LocalTime date={round.reopenedAt} />: {round.reopenReason}
        </p>
      ) : null}

      {isPublished ? <ArgumentLinks courseId={courseId} debate={debate} round={round} isStaff={viewer.isStaff} /> : null}

      {isPublished && round.state === "VOTING" ? (
        <div className="mt-4">
          {viewer.isStaff ? (
            results ? (
              <BallotCount courseId={courseId} debateId={debate.id} roundId={round.id} initialResults={results} />
            ) : null
          ) : viewer.canVote && ballotStatus ? (
            <BallotPanel courseId={courseId} round={round} teams={ballotTeams} myTeamId={debate.myTeamId} initialStatus={ballotStatus} />
          ) : (
            <p className="rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm text-stone-800">
              {debate.settings.voterRule === "AUDIENCE"
                ? "In this debate only students who are not debating vote. You can follow the count here."
                : "In this debate only the debaters vote. You can follow the count here."}
            </p>
          )}
        </div>
      ) : null}

      {viewer.isInstructor ? (
        <div className="mt-4 border-t border-stone-200 pt-4">
          <RoundControls
            courseId={courseId}
            isDraft={!isPublished}
            isPreviousRoundLocked={debate.rounds.filter((other) => other.index < round.index).every((other) => other.state === "VOTING" || other.state === "CLOSED")}
            round={{ id: round.id, name: round.name, state: round.state, locksAt: times.locksAt, hasVoting: round.votingClosesAt !== null }}
          />
        </div>
      ) : null}
    </article>
  );
}

function TimeItem({ label, date }: { label: string; date: Date }) {
  return (
    <div className="flex gap-2">
      <dt className="text-stone-700">{label}</dt>
      <dd className="font-medium text-stone-900">
        <LocalTime date={date} />
      </dd>
    </div>
  );
}

function TextItem({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex gap-2">
      <dt className="text-stone-700">{label}</dt>
      <dd className="font-medium text-stone-900">{value}</dd>
    </div>
  );
}

/**
 * Links to the teams' documents: a student writes their own while the round is open and reads
 * it after the lock (the others' too when the debate reveals them); staff can open every team's.
 */
function ArgumentLinks({ courseId, debate, round, isStaff }: { courseId: string; debate: DebateDetail; round: DebateRound; isStaff: boolean }) {
  if (round.state === "SCHEDULED") return null;
  const isLocked = round.state !== "OPEN";
  const href = (teamId: string) => debatePaths.argument(courseId, debate.id, round.id, teamId);
  const myTeam = debate.teams.find((team) => team.id === debate.myTeamId);
  const others = debate.teams.filter((team) => team.id !== debate.myTeamId);
  const canReadOthers = isStaff || (isLocked && debate.settings.revealAfterLock);

  return (
    <div className="mt-4 space-y-3">
      {myTeam ? (
        <ButtonLink href={href(myTeam.id)} variant={isLocked ? "secondary" : "primary"} size="sm">
          {isLocked ? "Read your team's argument" : "Write your argument"}
          <span className="sr-only"> ({round.name})</span>
        </ButtonLink>
      ) : null}
      {canReadOthers && others.length > 0 ? (
        <div className="text-sm">
          <p className="font-medium text-stone-900">{isStaff && !isLocked ? "Follow the teams' arguments" : myTeam ? "Other teams' arguments" : "The teams' arguments"}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {others.map((team) => (
              <li key={team.id}>
                <Link href={href(team.id)} className="text-teal-800 underline hover:text-teal-900">
                  {team.name}
                  <span className="sr-only"> ({round.name})</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
