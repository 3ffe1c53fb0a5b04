import { Countdown } from "@/components/debate/countdown";
import { deadlineLabel } from "@/components/debate/labels";
import { debatePaths } from "@/components/debate/paths";
import type { DebateRound, DebateStatus } from "@/components/debate/types";
import { ButtonLink } from "@/components/ui/button-link";
import { classNames } from "@/components/ui/class-names";

type NextStepRound = Pick<DebateRound, "id" | "name" | "state" | "nextDeadline">;

type NextStepProps = {
  courseId: string;
  debateId: string;
  status: DebateStatus;
  round: NextStepRound | null;
  myTeamId: string | null;
  isStaff: boolean;
  /** Instructors assign teams and run rounds; teaching assistants follow along. */
  canManage: boolean;
  /** Whether the caller may vote in this debate (students only); null when not known here. */
  canVote: boolean | null;
  className?: string;
};

type Step = { text: string; action?: { href: string; label: string } };

function stepFor({ courseId, debateId, status, round, myTeamId, isStaff, canManage, canVote }: NextStepProps): Step {
  const debateHref = debatePaths.debate(courseId, debateId);
  if (status === "DRAFT") {
    if (!isStaff) return { text: "This debate is being prepared." };
    return canManage
      ? { text: "Students cannot see this debate until its teams are published.", action: { href: debatePaths.assignment(courseId, debateId), label: "Assign teams" } }
      : { text: "Students cannot see this debate until the instructor publishes its teams.", action: { href: debateHref, label: "See the plan" } };
  }
  if (!round) return { text: "No rounds are planned." };
  const roundHref = debatePaths.round(courseId, debateId, round.id);

  if (isStaff) {
    const text: Record<DebateRound["state"], string> = {
      SCHEDULED: `${round.name} has not opened yet.`,
      OPEN: `Teams are writing their ${round.name} arguments.`,
      VOTING: `The class is voting on ${round.name}.`,
      CLOSED: "Every round has closed; the results are in.",
    };
    return { text: text[round.state], action: { href: roundHref, label: canManage ? "Run the rounds" : "Follow the rounds" } };
  }

  switch (round.state) {
    case "SCHEDULED":
      return myTeamId
        ? { text: `${round.name} has not opened yet. Read the primer on your position to prepare.`, action: { href: `${debateHref}#primer`, label: "Read the primer" } }
        : { text: `${round.name} has not opened yet.` };
    case "OPEN":
      return myTeamId
        ? { text: `Write your team's ${round.name} argument before the deadline.`, action: { href: debatePaths.argument(courseId, debateId, round.id, myTeamId), label: "Write your argument" } }
        : { text: `The teams are writing their ${round.name} arguments. ${canVote ? "You vote once the round locks." : ""}`.trim() };
    case "VOTING":
      if (canVote === null) return { text: `Voting on ${round.name} is open.`, action: { href: roundHref, label: "Go to the vote" } };
      return canVote
        ? { text: `Voting on ${round.name} is open. Pick the team that argued best (not your own).`, action: { href: roundHref, label: `Vote on ${round.name}` } }
        : { text: `The class is voting on ${round.name}.`, action: { href: roundHref, label: "Follow the vote" } };
    case "CLOSED":
      return { text: "The debate is over.", action: { href: `${debateHref}#results`, label: "See the results" } };
  }
}

/** What the reader should do now in a debate, with the deadline it is racing against. */
export function NextStep(props: NextStepProps) {
  const step = stepFor(props);
  const deadline = props.status === "PUBLISHED" && props.round?.nextDeadline ? props.round.nextDeadline : null;
  return (
    <div className={classNames("flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between", props.className)}>
      <div className="space-y-1">
        <p className="text-sm text-stone-900">{step.text}</p>
        {deadline && props.round ? (
          <p className="text-sm font-medium text-stone-700">
            <Countdown to={deadline.at} label={deadlineLabel(props.round.name, props.round.state)} />
          </p>
        ) : null}
      </div>
      {step.action ? (
        <ButtonLink href={step.action.href} size="sm" className="shrink-0">
          {step.action.label}
        </ButtonLink>
      ) : null}
    </div>
  );
}

/** Whether a student may vote under the debate's rule, from whether they are on a team. */
export function canStudentVote(voterRule: "ALL_STUDENTS" | "AUDIENCE" | "DEBATERS", isOnTeam: boolean): boolean {
  if (voterRule === "AUDIENCE") return !isOnTeam;
  if (voterRule === "DEBATERS") return isOnTeam;
  return true;
}

