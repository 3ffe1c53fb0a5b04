"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import type { BallotStatus, DebateTeam } from "@/components/debate/types";
import { pluralize } from "@/components/format/labels";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { classNames } from "@/components/ui/class-names";

export type BallotTeam = Pick<DebateTeam, "id" | "name" | "members"> & { positionName: string };

type BallotPanelProps = {
  courseId: string;
  round: { id: string; name: string };
  teams: BallotTeam[];
  myTeamId: string | null;
  initialStatus: BallotStatus;
};

/**
 * A student's ballot for a round in its voting window: any team but their own, changeable
 * until voting closes. Only the number of ballots is shown, live.
 */
export function BallotPanel({ courseId, round, teams, myTeamId, initialStatus }: BallotPanelProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const statusOptions = trpc.vote.status.queryOptions({ courseId, roundId: round.id }, { initialData: initialStatus });
  const { data } = useQuery(statusOptions);
  const cast = useMutation(trpc.vote.cast.mutationOptions());
  const [choice, setChoice] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  const ownTeamNoteId = useId();
  const headingId = useId();
  const selected = choice ?? data.myTeamChoice ?? "";
  const current = teams.find((team) => team.id === data.myTeamChoice);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError("");
    setMessage("");
    const team = teams.find((candidate) => candidate.id === selected);
    if (!team) {
      setError("Choose the team that argued best.");
      return;
    }
    if (team.id === data.myTeamChoice) {
      setMessage(`Your ballot is already for ${team.name}.`);
      return;
    }
    cast.mutate(
      { courseId, roundId: round.id, teamId: team.id },
      {
        onSuccess: () => {
          setChoice(null);
          setMessage(`Your ballot for ${team.name} is counted. You can change it until voting closes.`);
          queryClient.setQueryData(statusOptions.queryKey, (old) => (old ? { ...old, myTeamChoice: team.id } : old));
          void queryClient.invalidateQueries({ queryKey: trpc.vote.pathKey() });
        },
        onError: (caught) => setError(formErrorMessage(caught)),
      },
    );
  }

  return (
    <section aria-labelledby={headingId} className="rounded-md border border-violet-200 bg-violet-50/60 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={headingId} className="font-semibold text-stone-950">
          Your vote on {round.name}
        </h4>
        <p className="text-sm text-stone-800">
          <span className="font-semibold tabular-nums">{pluralize(data.ballotCount, "ballot")}</span> cast so far
        </p>
      </div>
      <p className="mt-1 text-sm text-stone-800">
        {current ? (
          <>
            Your ballot is for <strong>{current.name}</strong>. You can change it until voting closes.
          </>
        ) : (
          "You have not voted yet. Ballots stay hidden until voting closes; only their number shows."
        )}
      </p>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <fieldset>
          <legend className="sr-only">Team that argued best in {round.name}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {teams.map((team) => {
              const isOwn = team.id === myTeamId;
              return (
                <label
                  key={team.id}
                  className={classNames(
                    "flex gap-2 rounded-md border bg-white p-3 text-sm",
                    isOwn ? "cursor-not-allowed border-dashed border-stone-300 text-stone-600" : "cursor-pointer border-stone-300 has-[:checked]:border-violet-700 has-[:checked]:ring-1 has-[:checked]:ring-violet-700",
                  )}
                >
                  <input
                    type="radio"
                    name={`ballot-${round.id}`}
                    value={team.id}
                    checked={selected === team.id}
                    disabled={isOwn}
                    aria-describedby={isOwn ? ownTeamNoteId : undefined}
                    onChange={() => setChoice(team.id)}
                    className="mt-0.5 accent-violet-800"
                  />
                  <span>
                    <span className="block font-medium text-stone-950">
                      {team.name}
                      {isOwn ? <span className="font-normal text-stone-700"> (your team)</span> : null}
                    </span>
                    {team.name !== team.positionName ? <span className="block text-stone-700">argues {team.positionName}</span> : null}
                    <span className="block text-xs text-stone-700">{team.members.map((member) => member.name).join(", ")}</span>
                  </span>
                </label>
              );
            })}
          </div>
          {myTeamId ? (
            <p id={ownTeamNoteId} className="mt-2 text-sm text-stone-700">
              You cannot vote for your own team.
            </p>
          ) : null}
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" isBusy={cast.isPending}>
            {data.myTeamChoice ? "Change my ballot" : "Cast my ballot"}
          </Button>
          <StatusMessage>{message}</StatusMessage>
        </div>
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      </form>
    </section>
  );
}
