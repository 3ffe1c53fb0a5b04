"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { voterRuleLabels } from "@/components/debate/labels";
import { debatePaths } from "@/components/debate/paths";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { MotionPicker, type MotionCase } from "@/components/debate/setup/motion-picker";
import { RoundPlanEditor } from "@/components/debate/setup/round-plan-editor";
import {
  checkSetup,
  defaultDraft,
  plannedTeams,
  roundAfter,
  withoutFieldPrefix,
  type RoundDraft,
  type SetupDraft,
  type SetupErrors,
  type TeamMode,
} from "@/components/debate/setup/setup-draft";
import { SetupSection } from "@/components/debate/setup/setup-section";
import type { VoterRule } from "@/components/debate/types";
import { pluralize } from "@/components/format/labels";
import { fieldErrorsOf, formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFocusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { RadioGroup, TextField } from "@/components/ui/form-field";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

export type SetupTheory = { id: string; name: string; summary: string };

type DebateSetupProps = {
  courseId: string;
  cases: MotionCase[];
  theories: SetupTheory[];
  studentCount: number;
  initialPromptId: string | null;
};

/**
 * The setup form's default times come from the reader's clock and time zone, which the server
 * does not know: the form renders in the browser only, after a brief placeholder.
 */
export function DebateSetup(props: DebateSetupProps) {
  const isHydrated = useIsHydrated();
  if (!isHydrated) return <SetupSkeleton />;
  return <DebateSetupForm {...props} />;
}

const voterRules: VoterRule[] = ["ALL_STUDENTS", "AUDIENCE", "DEBATERS"];
const fieldsShownInline = ["promptId", "title", "theoryIds", "teamsPerPosition", "teamSize", "rounds", "voterRule"];

function DebateSetupForm({ courseId, cases, theories, studentCount, initialPromptId }: DebateSetupProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.debate.create.mutationOptions());
  const initialCase = cases.find((item) => item.motions.some((motion) => motion.id === initialPromptId));
  const [caseId, setCaseId] = useState(initialCase?.id ?? "");
  const [draft, setDraft] = useState<SetupDraft>(() =>
    defaultDraft(
      new Date(),
      theories.map((theory) => theory.id),
      initialCase ? (initialPromptId ?? "") : "",
    ),
  );
  const [errors, setErrors] = useState<SetupErrors>({});
  const [formError, setFormError] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const update = (changes: Partial<SetupDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const selectedMotion = cases.flatMap((item) => item.motions).find((motion) => motion.id === draft.promptId);
  const teams = plannedTeams(draft, draft.theoryIds.length, studentCount);

  function onCaseChange(nextCaseId: string) {
    setCaseId(nextCaseId);
    // The case's first motion is chosen at once; the reader changes it with one click.
    update({ promptId: cases.find((item) => item.id === nextCaseId)?.motions[0]?.id ?? "" });
  }

  function onToggleTheory(theoryId: string, isChecked: boolean) {
    // Positions keep the course's order of theories.
    const chosen = new Set(draft.theoryIds);
    if (isChecked) chosen.add(theoryId);
    else chosen.delete(theoryId);
    update({ theoryIds: theories.map((theory) => theory.id).filter((id) => chosen.has(id)) });
  }

  function onRoundChange(index: number, changes: Partial<RoundDraft>) {
    setDraft((current) => ({ ...current, rounds: current.rounds.map((round, position) => (position === index ? { ...round, ...changes } : round)) }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError("");
    const checked = checkSetup(draft, { now: new Date(), studentCount });
    setErrors(checked.errors);
    if (!checked.input) {
      setFormError("Please correct the highlighted fields.");
      focusFirstInvalid();
      return;
    }
    try {
      const seed = Math.floor(Math.random() * 2 ** 31);
      const created = await create.mutateAsync({ courseId, ...checked.input, seed });
      router.push(debatePaths.assignment(courseId, created.id));
    } catch (error) {
      setErrors(withoutFieldPrefix(fieldErrorsOf(error)));
      setFormError(formErrorMessage(error, fieldsShownInline));
      focusFirstInvalid();
    }
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-6">
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}

      <SetupSection id="setup-motion" step={1} title="Motion" description="Debates start from a posted debate motion of one of the course's cases.">
        <MotionPicker
          cases={cases}
          caseId={caseId}
          promptId={draft.promptId}
          error={errors.promptId}
          onCaseChange={onCaseChange}
          onPromptChange={(promptId) => update({ promptId })}
        />
        <TextField
          label="Title (optional)"
          hint="Shown in lists; the motion itself is used when this is empty."
          value={draft.title}
          maxLength={300}
          placeholder={selectedMotion?.text ?? ""}
          onChange={(event) => update({ title: event.target.value })}
          error={errors.title}
          fieldClassName="sm:max-w-xl"
        />
      </SetupSection>

      <SetupSection id="setup-positions" step={2} title="Positions" description="The theories argued against each other. Each student argues one of them.">
        <fieldset aria-describedby={errors.theoryIds ? "theory-error" : undefined}>
          <legend className="text-sm font-medium text-stone-900">Theories in play (at least two)</legend>
          <div className="mt-2 grid gap-3 md:grid-cols-3">
            {theories.map((theory) => (
              <CheckboxField
                key={theory.id}
                className="rounded-md border border-stone-300 p-3 has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50"
                label={theory.name}
                description={theory.summary ? <span className="line-clamp-3">{theory.summary}</span> : undefined}
                checked={draft.theoryIds.includes(theory.id)}
                aria-invalid={errors.theoryIds ? true : undefined}
                onChange={(event) => onToggleTheory(theory.id, event.target.checked)}
              />
            ))}
          </div>
          {errors.theoryIds ? (
            <p id="theory-error" className="mt-1 text-sm font-medium text-red-800">
              {errors.theoryIds}
            </p>
          ) : null}
        </fieldset>
      </SetupSection>

      <SetupSection
        id="setup-teams"
        step={3}
        title="Teams"
        description={`The course has ${pluralize(studentCount, "student")}. You review and adjust the proposed teams before anyone sees them.`}
      >
        <RadioGroup<TeamMode>
          legend="Form teams by"
          name="teamMode"
          value={draft.teamMode}
          onChange={(teamMode) => update({ teamMode })}
          options={[
            { value: "count", label: "Number of teams per position", description: "Students are spread evenly over the teams." },
            { value: "size", label: "Team size", description: "Stoa works out how many teams each position needs." },
          ]}
        />
        <div className="flex flex-col gap-4 sm:flex-row sm:items-end">
          {draft.teamMode === "count" ? (
            <TextField
              label="Teams per position"
              type="number"
              inputMode="numeric"
              min={1}
              max={20}
              value={draft.teamsPerPosition}
              onChange={(event) => update({ teamsPerPosition: event.target.value })}
              error={errors.teamsPerPosition}
              fieldClassName="sm:w-48"
            />
          ) : (
            <TextField
              label="Students per team"
              type="number"
              inputMode="numeric"
              min={1}
              max={50}
              value={draft.teamSize}
              onChange={(event) => update({ teamSize: event.target.value })}
              error={errors.teamSize}
              fieldClassName="sm:w-48"
            />
          )}
          <TeamEstimate teams={teams} positions={draft.theoryIds.length} students={studentCount} />
        </div>
      </SetupSection>

      <SetupSection
        id="setup-rounds"
        step={4}
        title="Rounds"
        description="Times are in your time zone. Rounds follow one another: each opens once the one before has locked, while voting on it may still run."
      >
        <RoundPlanEditor
          rounds={draft.rounds}
          errors={errors}
          onChange={onRoundChange}
          onAdd={() => setDraft((current) => ({ ...current, rounds: [...current.rounds, roundAfter(current.rounds, new Date())] }))}
          onRemove={(index) => setDraft((current) => ({ ...current, rounds: current.rounds.filter((_, position) => position !== index) }))}
        />
      </SetupSection>

      <SetupSection
        id="setup-voting"
        step={5}
        title="Voting"
        description="One ballot per voter per round, never for one's own team. Only the number of ballots shows until voting closes."
      >
        <RadioGroup<VoterRule>
          legend="Who votes"
          name="voterRule"
          value={draft.voterRule}
          onChange={(voterRule) => update({ voterRule })}
          error={errors.voterRule}
          options={voterRules.map((rule) => ({ value: rule, ...voterRuleLabels[rule] }))}
        />
        <CheckboxField
          label="Anonymous ballots"
          description="Results show totals only, never who voted for whom."
          checked={draft.anonymousVoting}
          onChange={(event) => update({ anonymousVoting: event.target.checked })}
        />
        <CheckboxField
          label="Reveal arguments after each deadline"
          description="Once a round locks, every team can read the other teams' arguments."
          checked={draft.revealAfterLock}
          onChange={(event) => update({ revealAfterLock: event.target.checked })}
        />
      </SetupSection>

      <div className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-6 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-stone-700">The debate stays a draft, hidden from students, until you publish its teams on the next page.</p>
        <Button type="submit" isBusy={create.isPending} className="shrink-0">
          Create and assign teams
        </Button>
      </div>
    </form>
  );
}

function TeamEstimate({ teams, positions, students }: { teams: number | null; positions: number; students: number }) {
  if (teams === null || teams < 1 || positions < 1 || students < 1) return null;
  const teamCount = teams * positions;
  const smallest = Math.floor(students / teamCount);
  const largest = Math.ceil(students / teamCount);
  if (smallest < 1) return null;
  const sizes = smallest === largest ? `${smallest}` : `${smallest}–${largest}`;
  return (
    <p className="pb-2 text-sm text-stone-700">
      {pluralize(positions, "position")} × {pluralize(teams, "team")} = {pluralize(teamCount, "team")} of {sizes} students
    </p>
  );
}

function SetupSkeleton() {
  return (
    <LoadingRegion label="Loading the debate setup…">
      <div className="space-y-6">
        {[0, 1, 2, 3, 4].map((index) => (
          <div key={index} className="space-y-4 rounded-lg border border-stone-200 bg-white p-6">
            <Skeleton className="h-6 w-40" />
            <Skeleton className="h-9 w-full max-w-xl" />
            <Skeleton className="h-16 w-full" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
