"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { MoveButtons } from "@/components/authoring/move-buttons";
import { moveItem, useMoveFocus, type MoveDirection } from "@/components/authoring/move-focus";
import { gradingPaths } from "@/components/grading/paths";
import {
  criterionWorth,
  emptyCriterionRow,
  emptyLevelRow,
  emptyRubricFormValues,
  errorsByRow,
  rowKey,
  rubricFormValuesFrom,
  rubricInputFrom,
  rubricServerErrors,
  weightSum,
  type CriterionRow,
  type LevelRow,
  type RubricFormValues,
} from "@/components/grading/rubric-form-values";
import { formatPoints } from "@/components/grading/scoring";
import type { RubricDetail } from "@/components/grading/types";
import { fieldErrorsOf, formErrorMessage, type FieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { classNames } from "@/components/ui/class-names";
import { useFocusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { TextAreaField, TextField } from "@/components/ui/form-field";

type RubricBuilderProps = {
  courseId: string;
  /** The rubric to edit; a new one when absent. */
  rubric?: RubricDetail;
  /** Instructors edit; teaching assistants read. */
  canEdit: boolean;
  /** A confirmation to show on arrival (after creating, or saving as a new version). */
  notice?: string;
};

/**
 * Builds or edits a rubric: criteria with weights (percentages adding up to 100), levels best
 * first with their points and descriptors, and an optional point range per criterion. A rubric
 * that grading has locked is edited into its next version. The server judges the numbers; its
 * objections appear beside the fields they name.
 */
export function RubricBuilder({ courseId, rubric, canEdit, notice }: RubricBuilderProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.rubric.create.mutationOptions());
  const update = useMutation(trpc.rubric.update.mutationOptions());
  const [values, setValues] = useState<RubricFormValues>(() => (rubric ? rubricFormValuesFrom(rubric) : emptyRubricFormValues()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState("");
  const [status, setStatus] = useState(notice ?? "");
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const criteriaMoves = useMoveFocus(values.criteria.map((criterion) => criterion.rowId));
  const addCriterionButton = useRef<HTMLButtonElement>(null);
  const [addedRowId, setAddedRowId] = useState<string | null>(null);

  const isOldVersion = rubric !== undefined && !rubric.isLatest;
  const isReadOnly = !canEdit || isOldVersion;
  const isSaving = create.isPending || update.isPending;
  const totalPoints = Number(values.totalPoints);
  const sum = weightSum(values);

  function change(next: RubricFormValues, clearedKeys: string[] = []) {
    setValues(next);
    setStatus("");
    if (clearedKeys.some((key) => key in errors)) {
      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !clearedKeys.includes(key))));
    }
  }

  function updateCriterion(row: CriterionRow, patch: Partial<CriterionRow>) {
    const cleared = Object.keys(patch).map((field) => rowKey(row, field));
    if ("weight" in patch) cleared.push("criteria");
    change({ ...values, criteria: values.criteria.map((criterion) => (criterion.rowId === row.rowId ? { ...criterion, ...patch } : criterion)) }, cleared);
  }

  function updateLevel(criterion: CriterionRow, level: LevelRow, patch: Partial<LevelRow>) {
    const levels = criterion.levels.map((candidate) => (candidate.rowId === level.rowId ? { ...candidate, ...patch } : candidate));
    updateCriterion(criterion, { levels });
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !Object.keys(patch).some((field) => key === rowKey(level, field)))));
  }

  function moveCriterion(row: CriterionRow, index: number, direction: MoveDirection) {
    const order = moveItem(
      values.criteria.map((criterion) => criterion.rowId),
      index,
      direction,
    );
    criteriaMoves.focusAfterMove(row.rowId, direction, order.indexOf(row.rowId));
    change({ ...values, criteria: order.map((id) => values.criteria.find((criterion) => criterion.rowId === id)!) });
  }

  function addCriterion() {
    const remaining = Math.max(0, 100 - sum);
    const row = emptyCriterionRow(remaining > 0 ? String(remaining) : "");
    setAddedRowId(row.rowId);
    change({ ...values, criteria: [...values.criteria, row] }, ["criteria"]);
  }

  function removeCriterion(row: CriterionRow) {
    change({ ...values, criteria: values.criteria.filter((criterion) => criterion.rowId !== row.rowId) }, ["criteria"]);
    addCriterionButton.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isReadOnly) return;
    setFormError("");
    setStatus("");
    const parsed = rubricInputFrom(values);
    if (parsed.errors) {
      setErrors(errorsByRow(values, parsed.errors));
      setFormError("Please correct the highlighted fields.");
      focusFirstInvalid();
      return;
    }
    try {
      if (!rubric) {
        const created = await create.mutateAsync({ courseId, ...parsed.input });
        await queryClient.invalidateQueries({ queryKey: trpc.rubric.list.queryKey({ courseId }) });
        router.push(`${gradingPaths.rubric(courseId, created.id)}?saved=created`);
        return;
      }
      const saved = await update.mutateAsync({ courseId, rubricId: rubric.id, ...parsed.input });
      await queryClient.invalidateQueries({ queryKey: trpc.rubric.pathKey() });
      setErrors({});
      if (saved.isNewVersion) {
        router.push(`${gradingPaths.rubric(courseId, saved.id)}?saved=version`);
      } else {
        router.refresh();
        setStatus("Rubric saved.");
      }
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : "";
      const serverErrors = rubricServerErrors(fieldErrorsOf(caught), message);
      setErrors(errorsByRow(values, serverErrors));
      setFormError(Object.keys(serverErrors).length > 0 ? "The rubric was not saved. Please correct the highlighted fields." : formErrorMessage(caught));
      focusFirstInvalid();
    }
  }

  const worthOf = (criterion: CriterionRow) => {
    const weight = Number(criterion.weight);
    return criterion.weight.trim() !== "" && Number.isFinite(weight) && Number.isFinite(totalPoints) ? criterionWorth(weight, totalPoints) : null;
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-8" aria-label={rubric ? "Edit rubric" : "New rubric"}>
      {rubric ? <VersionNotice rubric={rubric} courseId={courseId} canEdit={canEdit} /> : null}
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}

      <fieldset disabled={isReadOnly} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
        <legend className="px-1 font-serif text-lg font-semibold text-stone-950">Rubric</legend>
        <TextField label="Title" name="title" maxLength={200} required value={values.title} error={errors.title} onChange={(event) => change({ ...values, title: event.target.value }, ["title"])} />
        <TextField
          label="Total points"
          name="totalPoints"
          inputMode="numeric"
          fieldClassName="max-w-48"
          required
          hint="What a perfect score is worth."
          value={values.totalPoints}
          error={errors.totalPoints}
          onChange={(event) => change({ ...values, totalPoints: event.target.value }, ["totalPoints"])}
        />
      </fieldset>

      <section aria-labelledby="criteria-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="criteria-heading" className="font-serif text-xl font-semibold text-stone-950">
            Criteria
          </h2>
          <p id="weight-sum" className={classNames("text-sm", sum === 100 ? "text-stone-700" : "font-medium text-amber-900")}>
            Weights add up to {formatPoints(sum)}% {sum === 100 ? "" : "(they must add up to 100%)"}
          </p>
        </div>
        {errors.criteria ? (
          <p id="criteria-error" className="text-sm font-medium text-red-800">
            {errors.criteria}
          </p>
        ) : null}
        <ol className="space-y-6">
          {values.criteria.map((criterion, index) => (
            <li key={criterion.rowId}>
              <CriterionFields
                criterion={criterion}
                index={index}
                count={values.criteria.length}
                worth={worthOf(criterion)}
                errors={errors}
                isReadOnly={isReadOnly}
                isNew={criterion.rowId === addedRowId}
                onChange={(patch) => updateCriterion(criterion, patch)}
                onLevelChange={(level, patch) => updateLevel(criterion, level, patch)}
                onMove={(direction) => moveCriterion(criterion, index, direction)}
                registerMoveButton={(direction) => criteriaMoves.registerButton(criterion.rowId, direction)}
                onRemove={() => removeCriterion(criterion)}
              />
            </li>
          ))}
        </ol>
        {isReadOnly ? null : (
          <Button ref={addCriterionButton} variant="secondary" onClick={addCriterion} disabled={values.criteria.length >= 30}>
            <span aria-hidden="true">+</span> Add criterion
          </Button>
        )}
      </section>

      <div className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-6">
        {isReadOnly ? null : (
          <Button type="submit" isBusy={isSaving}>
            {!rubric ? "Create rubric" : rubric.isLocked ? `Save as version ${rubric.version + 1}` : "Save rubric"}
          </Button>
        )}
        <Link href={gradingPaths.rubrics(courseId)} className={buttonClasses("quiet")}>
          Back to rubrics
        </Link>
        <StatusMessage>{status}</StatusMessage>
      </div>
    </form>
  );
}

function VersionNotice({ rubric, courseId, canEdit }: { rubric: RubricDetail; courseId: string; canEdit: boolean }) {
  if (!rubric.isLatest) {
    return (
      <div className="rounded-lg border border-stone-300 bg-stone-50 p-4 text-sm text-stone-800">
        <p className="font-semibold text-stone-950">Version {rubric.version}: an earlier version</p>
        <p className="mt-1">
          Grades given with it keep it. A newer version exists: open it from the{" "}
          <Link href={gradingPaths.rubrics(courseId)} className="font-medium text-teal-800 underline">
            rubric list
          </Link>{" "}
          to make changes.
        </p>
      </div>
    );
  }
  if (!rubric.isLocked) return null;
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">
        Version {rubric.version} · Locked
      </p>
      <p className="mt-1">
        Grading has started with this rubric, so this version no longer changes.
        {canEdit
          ? ` Saving your edits makes version ${rubric.version + 1}: grades already given keep version ${rubric.version}, and rounds nobody has graded yet move to the new version.`
          : ""}
      </p>
    </div>
  );
}

type CriterionFieldsProps = {
  criterion: CriterionRow;
  index: number;
  count: number;
  worth: number | null;
  errors: FieldErrors;
  isReadOnly: boolean;
  isNew: boolean;
  onChange: (patch: Partial<CriterionRow>) => void;
  onLevelChange: (level: LevelRow, patch: Partial<LevelRow>) => void;
  onMove: (direction: MoveDirection) => void;
  registerMoveButton: (direction: MoveDirection) => (element: HTMLButtonElement | null) => void;
  onRemove: () => void;
};

function CriterionFields({
  criterion,
  index,
  count,
  worth,
  errors,
  isReadOnly,
  isNew,
  onChange,
  onLevelChange,
  onMove,
  registerMoveButton,
  onRemove,
}: CriterionFieldsProps) {
  const levelMoves = useMoveFocus(criterion.levels.map((level) => level.rowId));
  const addLevelButton = useRef<HTMLButtonElement>(null);
  const [addedLevelId, setAddedLevelId] = useState<string | null>(null);
  const label = `Criterion ${index + 1}`;
  const itemLabel = criterion.name.trim() || label;
  const error = (field: string) => errors[rowKey(criterion, field)];

  function moveLevel(level: LevelRow, levelIndex: number, direction: MoveDirection) {
    const order = moveItem(
      criterion.levels.map((candidate) => candidate.rowId),
      levelIndex,
      direction,
    );
    levelMoves.focusAfterMove(level.rowId, direction, order.indexOf(level.rowId));
    onChange({ levels: order.map((id) => criterion.levels.find((candidate) => candidate.rowId === id)!) });
  }

  function addLevel() {
    const row = emptyLevelRow();
    setAddedLevelId(row.rowId);
    onChange({ levels: [...criterion.levels, row] });
  }

  function removeLevel(level: LevelRow) {
    onChange({ levels: criterion.levels.filter((candidate) => candidate.rowId !== level.rowId) });
    addLevelButton.current?.focus();
  }

  return (
    <fieldset disabled={isReadOnly} className="space-y-4 rounded-lg border border-stone-300 bg-white p-5">
      <legend className="px-1 font-serif text-lg font-semibold text-stone-950">
        {label}
        {criterion.name.trim() ? `: ${criterion.name.trim()}` : ""}
      </legend>
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <TextField label="Name" required maxLength={200} autoFocus={isNew} value={criterion.name} error={error("name")} onChange={(event) => onChange({ name: event.target.value })} />
        <TextField
          label="Weight (%)"
          inputMode="numeric"
          required
          hint={worth !== null ? `Worth ${formatPoints(worth)} points` : undefined}
          value={criterion.weight}
          error={error("weight")}
          onChange={(event) => onChange({ weight: event.target.value })}
        />
      </div>
      <TextAreaField label="Description" rows={2} maxLength={2000} value={criterion.description} error={error("description")} onChange={(event) => onChange({ description: event.target.value })} />

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-900">Point range (optional)</legend>
        <p className="text-xs text-stone-600">Leave both empty to score by levels only. With a range, graders may give any points within it.</p>
        <div className="grid max-w-md gap-4 sm:grid-cols-2">
          <TextField label="Minimum points" inputMode="decimal" value={criterion.minPoints} error={error("minPoints")} onChange={(event) => onChange({ minPoints: event.target.value })} />
          <TextField label="Maximum points" inputMode="decimal" value={criterion.maxPoints} error={error("maxPoints")} onChange={(event) => onChange({ maxPoints: event.target.value })} />
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-stone-900">Levels, best first</legend>
        {error("levels") ? <p className="text-sm font-medium text-red-800">{error("levels")}</p> : null}
        <ol className="space-y-3">
          {criterion.levels.map((level, levelIndex) => {
            const levelError = (field: string) => errors[rowKey(level, field)];
            const levelName = level.label.trim() || `Level ${levelIndex + 1}`;
            return (
              <li key={level.rowId}>
                <fieldset className="grid gap-3 rounded-md border border-stone-200 bg-stone-50 p-3 sm:grid-cols-[12rem_10rem_1fr]">
                  <legend className="sr-only">
                    Level {levelIndex + 1} of {itemLabel}
                  </legend>
                  <TextField
                    label="Label"
                    required
                    maxLength={100}
                    autoFocus={level.rowId === addedLevelId}
                    value={level.label}
                    error={levelError("label")}
                    onChange={(event) => onLevelChange(level, { label: event.target.value })}
                  />
                  <TextField label="Points" inputMode="decimal" required value={level.points} error={levelError("points")} onChange={(event) => onLevelChange(level, { points: event.target.value })} />
                  <TextAreaField
                    label="Descriptor"
                    rows={2}
                    maxLength={2000}
                    className="min-h-10"
                    value={level.descriptor}
                    error={levelError("descriptor")}
                    onChange={(event) => onLevelChange(level, { descriptor: event.target.value })}
                  />
                  {isReadOnly ? null : (
                    <div className="flex flex-wrap gap-2 sm:col-span-3">
                      <MoveButtons
                        itemLabel={`${levelName} of ${itemLabel}`}
                        index={levelIndex}
                        count={criterion.levels.length}
                        onMove={(direction) => moveLevel(level, levelIndex, direction)}
                        registerButton={(direction) => levelMoves.registerButton(level.rowId, direction)}
                      />
                      <Button variant="danger" size="sm" aria-label={`Remove level: ${levelName} of ${itemLabel}`} disabled={criterion.levels.length <= 1} onClick={() => removeLevel(level)}>
                        Remove level
                      </Button>
                    </div>
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
        {isReadOnly ? null : (
          <Button ref={addLevelButton} variant="secondary" size="sm" aria-label={`Add level to ${itemLabel}`} disabled={criterion.levels.length >= 10} onClick={addLevel}>
            <span aria-hidden="true">+</span> Add level
          </Button>
        )}
      </fieldset>

      {isReadOnly ? null : (
        <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-4">
          <MoveButtons itemLabel={itemLabel} index={index} count={count} onMove={onMove} registerButton={registerMoveButton} />
          <Button variant="danger" size="sm" aria-label={`Remove criterion: ${itemLabel}`} disabled={count <= 1} onClick={onRemove}>
            Remove criterion
          </Button>
        </div>
      )}
    </fieldset>
  );
}
