"use client";

import { useQuery } from "@tanstack/react-query";
import type { RoundResult } from "@/components/debate/types";
import { pluralize } from "@/components/format/labels";
import { useTRPC } from "@/components/trpc/react";

type BallotCountProps = { courseId: string; debateId: string; roundId: string; initialResults: RoundResult[] };

/** The number of ballots in a round, live; their contents stay hidden until voting closes. */
export function BallotCount({ courseId, debateId, roundId, initialResults }: BallotCountProps) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.vote.results.queryOptions({ courseId, debateId }, { initialData: initialResults }));
  const result = data.find((round) => round.roundId === roundId);
  const count = result?.ballotCount ?? 0;
  return (
    <p className="text-sm text-stone-800">
      <span className="font-semibold tabular-nums">{pluralize(count, "ballot")}</span> cast so far
      {result ? <span className="tabular-nums"> of {result.eligibleVoters} who may vote</span> : null}. Votes per team stay hidden until voting closes.
    </p>
  );
}
