"use client";

import { useState } from "react";
import { positionColour, ResultsChart, type ChartGroup } from "@/components/debate/results/results-chart";
import type { DashboardDebate } from "@/components/dashboard/types";
import { pluralize } from "@/components/format/labels";
import { Badge } from "@/components/ui/badge";

/**
 * Ballots per team for every debate with a vote, one disclosure per debate; debates with a vote
 * under way start open. A chart is drawn only once its debate is opened: a big course has
 * thousands of bars. Only counts reach this page, never who voted for whom.
 */
export function VoteResults({ debates }: { debates: DashboardDebate[] }) {
  const voted = debates.filter((debate) => debate.rounds.some((round) => round.votes?.hasStarted));
  if (voted.length === 0) {
    return <p className="rounded-md border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">No ballots yet: voting on a round opens when it locks.</p>;
  }
  return (
    <ul className="space-y-3">
      {voted.map((debate) => (
        <li key={debate.id}>
          <DebateVotes debate={debate} />
        </li>
      ))}
    </ul>
  );
}

function DebateVotes({ debate }: { debate: DashboardDebate }) {
  const isLive = debate.rounds.some((round) => round.votes?.isLive);
  const [isOpen, setIsOpen] = useState(isLive);
  const rounds = debate.rounds.filter((round) => round.votes?.hasStarted);
  const hasSeveralTeamsPerPosition = debate.teams.length > debate.positions.length;
  const label = (team: DashboardDebate["teams"][number]) => (hasSeveralTeamsPerPosition ? team.name : (debate.positions[team.positionIndex]?.name ?? team.name));

  return (
    <details open={isOpen} onToggle={(event) => setIsOpen(event.currentTarget.open)} className="rounded-lg border border-stone-200 bg-white shadow-sm">
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-4 py-3 text-sm font-medium text-stone-950">
        <span>{debate.title}</span>
        <span className="font-normal text-stone-700">
          {rounds.map((round) => `${round.name}: ${pluralize(round.votes!.ballots, "ballot")}`).join(" · ")}
        </span>
        {isLive ? <Badge tone="violet">Live: voting open</Badge> : null}
      </summary>
      {isOpen ? (
        <div className="space-y-3 border-t border-stone-200 p-4">
          {rounds.map((round) => {
            const votes = round.votes!;
            const leader = Math.max(0, ...votes.perTeam);
            const group: ChartGroup = {
              roundId: round.id,
              name: `${round.name}${votes.isLive ? " (live, voting open)" : ""}`,
              bars: debate.teams.map((team, index) => ({
                teamId: team.id,
                label: label(team),
                positionIndex: team.positionIndex,
                votes: votes.perTeam[index] ?? 0,
                isWinner: leader > 0 && votes.perTeam[index] === leader,
              })),
            };
            const description = `${group.name}: ${group.bars.map((bar) => `${bar.label} ${pluralize(bar.votes, "vote")}`).join(", ")}.`;
            return (
              <figure key={round.id} className="space-y-1">
                <ResultsChart groups={[group]} description={description} />
                <figcaption className="text-xs text-stone-700">
                  {pluralize(votes.ballots, "ballot")} {votes.isLive ? "so far; voting is still open" : "counted"}. ★ most votes.
                </figcaption>
              </figure>
            );
          })}
          <ul aria-label="Colours of the positions" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-800">
            {debate.positions.map((position, index) => (
              <li key={position.id} className="flex items-center gap-1.5">
                <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: positionColour(index) }} />
                {position.name}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  );
}
