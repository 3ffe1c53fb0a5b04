"use client";

import { useRef } from "react";
import { maxRounds, type RoundDraft, type SetupErrors } from "@/components/debate/setup/setup-draft";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";

type RoundPlanEditorProps = {
  rounds: RoundDraft[];
  errors: SetupErrors;
  onChange: (index: number, changes: Partial<RoundDraft>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
};

/** The rounds in order, each with its writing window, its vote and its word limit. */
export function RoundPlanEditor({ rounds, errors, onChange, onAdd, onRemove }: RoundPlanEditorProps) {
  const addButton = useRef<HTMLButtonElement>(null);

  function onRemoveRound(index: number) {
    onRemove(index);
    // The removed round's button is gone; keep keyboard focus in the rounds.
    addButton.current?.focus();
  }

  return (
    <div className="space-y-4">
      {errors.rounds ? <p className="text-sm font-medium text-red-800">{errors.rounds}</p> : null}
      <ol className="space-y-4">
        {rounds.map((round, index) => {
          const path = `rounds.${index}`;
          const displayName = round.name.trim() || `Round ${index + 1}`;
          return (
            <li key={round.key}>
              <fieldset className="rounded-md border border-stone-300 bg-stone-50 p-4">
                <legend className="px-1 text-sm font-semibold text-stone-900">
                  Round {index + 1}
                  {round.name.trim() ? `: ${round.name.trim()}` : ""}
                </legend>
                <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
                  <TextField
                    label="Name"
                    value={round.name}
                    maxLength={60}
                    onChange={(event) => onChange(index, { name: event.target.value })}
                    error={errors[`${path}.name`]}
                  />
                  <TextField
                    label="Opens"
                    type="datetime-local"
                    value={round.opensAt}
                    onChange={(event) => onChange(index, { opensAt: event.target.value })}
                    error={errors[`${path}.opensAt`]}
                  />
                  <TextField
                    label="Deadline (locks)"
                    type="datetime-local"
                    value={round.locksAt}
                    onChange={(event) => onChange(index, { locksAt: event.target.value })}
                    error={errors[`${path}.locksAt`]}
                    hint="Arguments are frozen then."
                  />
                  <TextField
                    label="Word limit"
                    type="number"
                    inputMode="numeric"
                    min={50}
                    max={20000}
                    step={50}
                    value={round.wordLimit}
                    onChange={(event) => onChange(index, { wordLimit: event.target.value })}
                    error={errors[`${path}.wordLimit`]}
                    hint="Empty for no limit."
                  />
                </div>
                <div className="mt-4 grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
                  <CheckboxField
                    className="lg:col-span-2 sm:pt-7"
                    label="The class votes on this round"
                    description="Voting opens at the deadline."
                    checked={round.hasVoting}
                    onChange={(event) => onChange(index, { hasVoting: event.target.checked })}
                  />
                  {round.hasVoting ? (
                    <TextField
                      label="Voting closes"
                      type="datetime-local"
                      value={round.votingClosesAt}
                      onChange={(event) => onChange(index, { votingClosesAt: event.target.value })}
                      error={errors[`${path}.votingClosesAt`]}
                    />
                  ) : null}
                </div>
                {rounds.length > 1 ? (
                  <div className="mt-4 flex justify-end">
                    <Button variant="danger" size="sm" aria-label={`Remove round: ${displayName}`} onClick={() => onRemoveRound(index)}>
                      Remove round
                    </Button>
                  </div>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button ref={addButton} variant="secondary" size="sm" onClick={onAdd} disabled={rounds.length >= maxRounds}>
        <span aria-hidden="true">+</span> Add a round
      </Button>
    </div>
  );
}
