import type { RoundResult } from "@/components/debate/types";
import { pluralize } from "@/components/format/labels";

type Voter = NonNullable<RoundResult["voters"]>[number];

type VoterListProps = { rounds: { roundId: string; name: string; voters: Voter[] }[]; teamName: (id: string) => string };

/**
 * For staff, once voting on a round has closed and the debate's voting is not anonymous: each
 * voter's choice. Collapsed by default, since the figures above are what most visits come for.
 */
export function VoterList({ rounds, teamName }: VoterListProps) {
  if (rounds.length === 0) return null;
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold text-stone-950">Who voted for whom</h3>
      {rounds.map((round) => (
        <details key={round.roundId} className="rounded-md border border-stone-200 px-3 py-2 text-sm">
          <summary className="cursor-pointer font-medium text-stone-900">
            {round.name}: {pluralize(round.voters.length, "ballot")}
          </summary>
          {round.voters.length === 0 ? (
            <p className="mt-2 text-stone-700">No ballots were cast.</p>
          ) : (
            <table className="mt-2 w-full text-left">
              <caption className="sr-only">{round.name}: each voter&apos;s choice</caption>
              <thead className="border-b border-stone-300 text-stone-700">
                <tr>
                  <th scope="col" className="py-1.5 pr-4 font-semibold">Voter</th>
                  <th scope="col" className="py-1.5 pr-4 font-semibold">Voted for</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {round.voters.map((voter) => (
                  <tr key={voter.voterId}>
                    <th scope="row" className="py-1.5 pr-4 font-medium text-stone-950">{voter.voterName}</th>
                    <td className="py-1.5 pr-4 text-stone-800">{teamName(voter.teamId)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      ))}
    </div>
  );
}
