import Link from "next/link";
import { debateStatusLabels, debateStatusTones } from "@/components/debate/labels";
import { LocalTime } from "@/components/debate/local-time";
import { debatePaths } from "@/components/debate/paths";
import { RoundStateBadge } from "@/components/debate/round-state-badge";
import type { DashboardDebate, DashboardRound } from "@/components/dashboard/types";
import { Badge } from "@/components/ui/badge";

const cell = "py-2 pr-4 align-top";

/** What the next deadline of a round in each state is. */
const nextDeadlineLabels: Record<DashboardRound["state"], string> = { SCHEDULED: "Opens", OPEN: "Locks", VOTING: "Voting closes", CLOSED: "Closed" };

/** Every debate × round: state, what comes next and when, arguments handed in, grading and ballots. */
export function RoundsTable({ courseId, debates }: { courseId: string; debates: DashboardDebate[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Rounds of every debate, with their state, next deadline, submissions, grading and ballots</caption>
        <thead className="border-b border-stone-300 text-stone-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">Debate</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Round</th>
            <th scope="col" className="py-2 pr-4 font-semibold">State</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Next deadline</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">Submitted</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">Graded</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">Ballots</th>
          </tr>
        </thead>
        {debates.map((debate) => (
          <tbody key={debate.id} className="border-b border-stone-200 last:border-b-0">
            {debate.rounds.map((round, index) => (
              <tr key={round.id}>
                {index === 0 ? (
                  <th scope="rowgroup" rowSpan={debate.rounds.length} className={`${cell} max-w-64 font-medium text-stone-950`}>
                    <Link href={debatePaths.debate(courseId, debate.id)} className="text-teal-800 underline hover:text-teal-900">
                      {debate.title}
                    </Link>
                    {debate.status === "DRAFT" ? (
                      <span className="mt-1 block">
                        <Badge tone={debateStatusTones.DRAFT}>{debateStatusLabels.DRAFT}</Badge>
                      </span>
                    ) : null}
                  </th>
                ) : null}
                <th scope="row" className={`${cell} font-normal text-stone-900`}>{round.name}</th>
                <td className={cell}>
                  {debate.status === "PUBLISHED" ? <RoundStateBadge state={round.state} /> : <span className="text-stone-700">Not published</span>}
                </td>
                <td className={`${cell} text-stone-800`}>
                  {debate.status === "PUBLISHED" ? <NextDeadline round={round} /> : <>Planned to open <LocalTime date={round.opensAt} /></>}
                </td>
                <td className={`${cell} text-right tabular-nums text-stone-900`}>
                  <Submitted round={round} />
                </td>
                <td className={`${cell} text-right tabular-nums text-stone-900`}>
                  {round.grading.total === 0 ? <span aria-label="nothing to grade yet">–</span> : `${round.grading.final} of ${round.grading.total}`}
                </td>
                <td className={`${cell} text-right tabular-nums text-stone-900`}>
                  <Ballots round={round} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function NextDeadline({ round }: { round: DashboardRound }) {
  if (!round.nextDeadline) {
    return (
      <>
        Locked <LocalTime date={round.locksAt} />
      </>
    );
  }
  return (
    <>
      {nextDeadlineLabels[round.state]} <LocalTime date={round.nextDeadline.at} />
    </>
  );
}

function Submitted({ round }: { round: DashboardRound }) {
  if (round.submissions.frozen === 0) return <span aria-label="not locked yet">–</span>;
  return (
    <>
      {round.submissions.submitted} of {round.submissions.teams}
      <span className="sr-only"> teams</span>
    </>
  );
}

function Ballots({ round }: { round: DashboardRound }) {
  if (!round.votes) return <span className="text-stone-700">No vote</span>;
  if (!round.votes.hasStarted) return <span aria-label="voting has not started">–</span>;
  return (
    <span className="inline-flex items-center gap-1.5">
      {round.votes.ballots}
      {round.votes.isLive ? <Badge tone="violet">Live</Badge> : null}
    </span>
  );
}
