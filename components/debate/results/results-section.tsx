"use client";

import { useQuery } from "@tanstack/react-query";
import { positionColour, ResultsChart, type ChartGroup } from "@/components/debate/results/results-chart";
import { VoterList } from "@/components/debate/results/voter-list";
import type { DebateDetail, RoundResult } from "@/components/debate/types";
import { pluralize } from "@/components/format/labels";
import { useTRPC } from "@/components/trpc/react";
import { SectionHeading } from "@/components/ui/page-header";

type ResultsSectionProps = { courseId: string; debate: Pick<DebateDetail, "id" | "positions" | "teams">; initialResults: RoundResult[] };

type Tally = NonNullable<RoundResult["tally"]>;
type ClosedRound = RoundResult & { tally: Tally };

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Results of the rounds whose voting has closed: winners, margins, a chart and the same figures as a table. */
export function ResultsSection({ courseId, debate, initialResults }: ResultsSectionProps) {
  const trpc = useTRPC();
  const { data: results } = useQuery(trpc.vote.results.queryOptions({ courseId, debateId: debate.id }, { initialData: initialResults }));
  const positionIndex = new Map(debate.positions.map((position, index) => [position.id, index]));
  const positionName = (id: string) => debate.positions.find((position) => position.id === id)?.name ?? "Unknown position";
  const teamName = (id: string) => debate.teams.find((team) => team.id === id)?.name ?? "Unknown team";
  const hasSeveralTeamsPerPosition = debate.teams.length > debate.positions.length;
  const teamLabel = (teamId: string, positionId: string) => (hasSeveralTeamsPerPosition ? teamName(teamId) : positionName(positionId));

  const voted = results.filter((result) => result.hasVote);
  const closed = voted.filter((result): result is ClosedRound => result.tally !== null);
  const pending = voted.filter((result) => result.tally === null);

  const groups: ChartGroup[] = closed.map((result) => ({
    roundId: result.roundId,
    name: result.name,
    bars: result.tally.teams.map((team) => ({
      teamId: team.teamId,
      label: teamLabel(team.teamId, team.position),
      positionIndex: positionIndex.get(team.position) ?? 0,
      votes: team.votes,
      isWinner: result.tally.teamOutcome.winners.includes(team.teamId),
    })),
  }));
  const description = closed
    .map((result) => `${result.name}: ${result.tally.teams.map((team) => `${teamLabel(team.teamId, team.position)} ${pluralize(team.votes, "vote")}`).join(", ")}.`)
    .join(" ");

  return (
    <section aria-labelledby="results-heading" id="results" className="scroll-mt-6">
      <SectionHeading id="results-heading">Results</SectionHeading>
      {voted.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">No round of this debate has a vote.</p>
      ) : closed.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">
          Results appear here once voting on a round closes. Until then only the number of ballots shows.
        </p>
      ) : (
        <div className="space-y-6 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
          <ul className="space-y-3">
            {closed.map((result) => (
              <li key={result.roundId} className="text-sm">
                <p className="font-semibold text-stone-950">{result.name}</p>
                <p className="text-stone-800">
                  <Outcome tally={result.tally} positionName={positionName} teamName={teamName} hasSeveralTeamsPerPosition={hasSeveralTeamsPerPosition} />
                </p>
              </li>
            ))}
          </ul>

          <figure className="space-y-3">
            <ResultsChart groups={groups} description={description} />
            <figcaption>
              <ul aria-label="Colours of the positions" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-800">
                {debate.positions.map((position, index) => (
                  <li key={position.id} className="flex items-center gap-1.5">
                    <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: positionColour(index) }} />
                    {position.name}
                  </li>
                ))}
                <li>★ most votes in the round</li>
              </ul>
            </figcaption>
          </figure>

          <div className="overflow-x-auto">
            <table className="w-full min-w-[28rem] text-left text-sm">
              <caption className="mb-2 text-left font-semibold text-stone-950">Votes per team and round</caption>
              <thead className="border-b border-stone-300 text-stone-700">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-semibold">{hasSeveralTeamsPerPosition ? "Team" : "Team (position)"}</th>
                  {hasSeveralTeamsPerPosition ? <th scope="col" className="py-2 pr-4 font-semibold">Position</th> : null}
                  {closed.map((result) => (
                    <th key={result.roundId} scope="col" className="py-2 pr-4 text-right font-semibold">
                      {result.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {debate.teams.map((team) => (
                  <tr key={team.id}>
                    <th scope="row" className="py-2 pr-4 font-medium text-stone-950">{team.name}</th>
                    {hasSeveralTeamsPerPosition ? <td className="py-2 pr-4 text-stone-800">{positionName(team.theoryId)}</td> : null}
                    {closed.map((result) => {
                      const entry = result.tally.teams.find((candidate) => candidate.teamId === team.id);
                      return (
                        <td key={result.roundId} className="py-2 pr-4 text-right text-stone-900 tabular-nums">
                          {entry ? `${entry.votes} (${percent(entry.share)})` : "–"}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
              <tfoot className="border-t border-stone-300">
                <tr>
                  <th scope="row" colSpan={hasSeveralTeamsPerPosition ? 2 : 1} className="py-2 pr-4 font-semibold text-stone-950">
                    Ballots counted
                  </th>
                  {closed.map((result) => (
                    <td key={result.roundId} className="py-2 pr-4 text-right font-semibold text-stone-950 tabular-nums">
                      {result.tally.ballotsCounted}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>

          <VoterList
            rounds={closed.flatMap((result) => (result.voters ? [{ roundId: result.roundId, name: result.name, voters: result.voters }] : []))}
            teamName={teamName}
          />
        </div>
      )}
      {pending.length > 0 && closed.length > 0 ? (
        <p className="mt-3 text-sm text-stone-700">Still to come: {pending.map((result) => result.name).join(", ")}.</p>
      ) : null}
    </section>
  );
}

type OutcomeProps = {
  tally: Tally;
  positionName: (id: string) => string;
  teamName: (id: string) => string;
  hasSeveralTeamsPerPosition: boolean;
};

function Outcome({ tally, positionName, teamName, hasSeveralTeamsPerPosition }: OutcomeProps) {
  if (tally.ballotsCounted === 0) return <>No ballots were cast.</>;
  const { winners, isTie, margin } = tally.positionOutcome;
  const leaderVotes = tally.positions.find((position) => position.position === winners[0])?.votes ?? 0;
  const counted = `${pluralize(leaderVotes, "vote")} of ${pluralize(tally.ballotsCounted, "ballot")}`;
  const bestTeam =
    hasSeveralTeamsPerPosition && tally.teamOutcome.winners.length > 0
      ? ` Best team: ${tally.teamOutcome.winners.map(teamName).join(" and ")}${tally.teamOutcome.isTie ? " (tied)" : ""}.`
      : "";
  if (isTie) {
    return (
      <>
        Tie between {winners.map(positionName).join(" and ")}, with {pluralize(leaderVotes, "vote")} each.{bestTeam}
      </>
    );
  }
  return (
    <>
      Winning position: <strong className="font-semibold text-stone-950">{positionName(winners[0] ?? "")}</strong>
      {margin !== null ? `, by ${pluralize(margin, "vote")}` : ""} ({counted}).{bestTeam}
    </>
  );
}
