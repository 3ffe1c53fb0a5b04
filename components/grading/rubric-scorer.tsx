"use client";

import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from "react";
import { formatPoints, isTextEntry, scorePoints, type ScoreDraft, type ScorerRubric } from "@/components/grading/scoring";
import { classNames } from "@/components/ui/class-names";
import { controlClasses } from "@/components/ui/form-field";

export type { ScoreDraft, ScorerRubric } from "@/components/grading/scoring";

export type RubricScorerProps = {
  /** The rubric to score against: grade.get's `rubric` (or rubric.get) fits as it is. */
  rubric: ScorerRubric;
  /**
   * The grader's choices, at most one per criterion (a criterion without an entry is unscored).
   * The same shape as grade.saveDraft's `scores`; entries with neither a level nor points carry
   * only a comment, and saveDraft refuses those: send `scorableScores(scores)` (scoring.ts).
   */
  scores: ScoreDraft[];
  /** Every change gives the whole new array (level picked, points typed, comment edited). */
  onChange: (scores: ScoreDraft[]) => void;
  /** Read-only: a finalized grade, or a viewer who may not grade. */
  disabled?: boolean;
  /** Messages shown under a criterion, keyed by criterion id (e.g. the server's refusal of its points). */
  errors?: Readonly<Record<string, string>>;
  /**
   * Listen for the shortcuts on the whole page (default true): 1–9 pick a level of the current
   * criterion, j / k (or ↓ / ↑ when no level has focus) move to the next / previous criterion.
   * Keys typed into text boxes are left alone. Use one scorer with shortcuts per page.
   */
  hasShortcuts?: boolean;
};

/**
 * A rubric's criteria, each a radio group of its levels (best first), with a points box when the
 * criterion has a range and a comment box. The current criterion (the one holding focus, or the
 * last one moved to with j / k) is outlined; the digit keys score it.
 */
export function RubricScorer({ rubric, scores, onChange, disabled = false, errors = {}, hasShortcuts = true }: RubricScorerProps) {
  const baseId = useId();
  const [currentIndex, setCurrentIndex] = useState(0);
  const criterionRefs = useRef<Array<HTMLFieldSetElement | null>>([]);
  const latest = useRef({ scores, onChange, currentIndex, disabled });
  useEffect(() => {
    latest.current = { scores, onChange, currentIndex, disabled };
  });

  const scoreOf = (criterionId: string) => scores.find((score) => score.criterionId === criterionId);

  function update(criterionId: string, change: Partial<Omit<ScoreDraft, "criterionId">>) {
    const { scores: current, onChange: emit } = latest.current;
    const existing = current.find((score) => score.criterionId === criterionId);
    const next: ScoreDraft = { criterionId, levelId: null, points: null, comment: "", ...existing, ...change };
    // Keep the rubric's order, so the saved array (and its field errors) follow the page.
    const others = current.filter((score) => score.criterionId !== criterionId);
    const order = rubric.criteria.map((criterion) => criterion.id);
    const nextScores = [...others, next].sort((a, b) => order.indexOf(a.criterionId) - order.indexOf(b.criterionId));
    // Keys pressed in quick succession, before React renders again, build on this change.
    latest.current = { ...latest.current, scores: nextScores };
    emit(nextScores);
  }

  function makeCurrent(index: number) {
    latest.current = { ...latest.current, currentIndex: index };
    setCurrentIndex(index);
  }

  /** Moves to a criterion and puts focus on it, so that its name and description are read out. */
  function moveTo(index: number) {
    const clamped = Math.max(0, Math.min(rubric.criteria.length - 1, index));
    makeCurrent(clamped);
    criterionRefs.current[clamped]?.focus();
  }

  function onShortcut(event: KeyboardEvent | ReactKeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return false;
    const { currentIndex: index, disabled: isDisabled } = latest.current;
    // Arrow keys on a level keep their radio-group meaning (the next level); elsewhere they move between criteria.
    const isOnControl = event.target instanceof HTMLInputElement;
    if (event.key === "j" || (event.key === "ArrowDown" && !isOnControl)) {
      moveTo(index + 1);
      return true;
    }
    if (event.key === "k" || (event.key === "ArrowUp" && !isOnControl)) {
      moveTo(index - 1);
      return true;
    }
    if (/^[1-9]$/.test(event.key) && !isDisabled) {
      const criterion = rubric.criteria[index];
      const level = criterion?.levels[Number(event.key) - 1];
      if (!criterion || !level) return false;
      update(criterion.id, { levelId: level.id, points: null });
      return true;
    }
    return false;
  }

  // Sees this render's scores from the moment they are on screen (see the grader's keys).
  const onShortcutKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    if (onShortcut(event)) event.preventDefault();
  });
  useEffect(() => {
    if (!hasShortcuts) return;
    const onKeyDown = (event: KeyboardEvent) => onShortcutKey(event);
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [hasShortcuts]);

  return (
    <ol className="space-y-4" aria-label="Rubric criteria">
      {rubric.criteria.map((criterion, index) => {
        const score = scoreOf(criterion.id);
        const hasRange = criterion.minPoints !== null && criterion.maxPoints !== null;
        const groupName = `${baseId}-criterion-${criterion.id}`;
        const descriptionId = `${groupName}-description`;
        const errorId = `${groupName}-error`;
        const error = errors[criterion.id];
        const isCurrent = index === currentIndex;
        const chosen = criterion.levels.find((level) => level.id === score?.levelId);
        const points = scorePoints(criterion, score);
        return (
          <li key={criterion.id}>
            <fieldset
              ref={(element) => {
                criterionRefs.current[index] = element;
              }}
              tabIndex={-1}
              onFocus={() => makeCurrent(index)}
              aria-describedby={classNames(criterion.description ? descriptionId : null, error ? errorId : null) || undefined}
              aria-current={isCurrent ? "true" : undefined}
              data-criterion={criterion.name}
              className={classNames(
                "rounded-lg border bg-white p-4 outline-none",
                isCurrent ? "border-teal-700 ring-2 ring-teal-700/30" : "border-stone-300",
                error ? "border-red-700" : null,
              )}
            >
              <legend className="float-left w-full">
                <span className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="font-semibold text-stone-950">
                    {index + 1}. {criterion.name}
                  </span>
                  <span className="text-sm text-stone-700">
                    {points === null ? "Not scored" : `${formatPoints(points)} / ${formatPoints(criterion.worth)} points`}
                  </span>
                </span>
              </legend>
              {criterion.description ? (
                <p id={descriptionId} className="clear-both pt-1 text-sm text-stone-700">
                  {criterion.description}
                </p>
              ) : null}
              <div className="clear-both mt-3 grid gap-2">
                {criterion.levels.map((level, levelIndex) => (
                  <label
                    key={level.id}
                    className={classNames(
                      "flex cursor-pointer gap-3 rounded-md border border-stone-300 p-2.5 text-sm has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-teal-700",
                      disabled ? "cursor-not-allowed opacity-80" : null,
                    )}
                  >
                    <input
                      type="radio"
                      name={groupName}
                      value={level.id}
                      checked={score?.levelId === level.id}
                      disabled={disabled}
                      onChange={() => update(criterion.id, { levelId: level.id, points: null })}
                      className="mt-0.5 accent-teal-800"
                    />
                    <span className="min-w-0 flex-1">
                      <span className="flex flex-wrap items-baseline justify-between gap-2">
                        <span className="font-medium text-stone-900">{level.label}</span>
                        <span className="text-stone-700">
                          {formatPoints(level.points)} pts
                          {levelIndex < 9 && !disabled && hasShortcuts ? (
                            <kbd aria-hidden="true" className="ml-2 rounded border border-stone-300 bg-stone-50 px-1 font-mono text-xs text-stone-700">
                              {levelIndex + 1}
                            </kbd>
                          ) : null}
                        </span>
                      </span>
                      {level.descriptor ? <span className="mt-0.5 block text-stone-700">{level.descriptor}</span> : null}
                    </span>
                  </label>
                ))}
              </div>
              {hasRange ? (
                <PointsInput
                  id={`${groupName}-points`}
                  criterionName={criterion.name}
                  min={criterion.minPoints!}
                  max={criterion.maxPoints!}
                  value={score?.points ?? null}
                  placeholder={chosen ? formatPoints(chosen.points) : undefined}
                  disabled={disabled}
                  onChange={(value) => update(criterion.id, { points: value })}
                />
              ) : null}
              <div className="mt-3 space-y-1">
                <label htmlFor={`${groupName}-comment`} className="block text-sm font-medium text-stone-900">
                  Comment on {criterion.name}
                </label>
                <textarea
                  id={`${groupName}-comment`}
                  className={classNames(controlClasses, "min-h-16")}
                  value={score?.comment ?? ""}
                  disabled={disabled}
                  maxLength={5000}
                  onChange={(event) => update(criterion.id, { comment: event.target.value })}
                  aria-describedby={score && score.comment && score.levelId === null && score.points === null ? `${groupName}-comment-hint` : undefined}
                />
                {score && score.comment && score.levelId === null && score.points === null ? (
                  <p id={`${groupName}-comment-hint`} className="text-xs text-amber-900">
                    Pick a level to save this comment with the criterion&apos;s score.
                  </p>
                ) : null}
              </div>
              {error ? (
                <p id={errorId} className="mt-2 text-sm font-medium text-red-800">
                  {error}
                </p>
              ) : null}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}

type PointsInputProps = {
  id: string;
  criterionName: string;
  min: number;
  max: number;
  value: number | null;
  placeholder?: string;
  disabled: boolean;
  onChange: (value: number | null) => void;
};

/** Points within the criterion's range instead of the level's exact points; empty means the level's. */
function PointsInput({ id, criterionName, min, max, value, placeholder, disabled, onChange }: PointsInputProps) {
  const [text, setText] = useState(value === null ? "" : String(value));
  const [shown, setShown] = useState(value);
  // A new value from outside (another submission, a reset) replaces what is typed.
  if (value !== shown) {
    setShown(value);
    if (Number(text) !== value || text === "") setText(value === null ? "" : String(value));
  }
  const parsed = text.trim() === "" ? null : Number(text);
  const isOutOfRange = parsed !== null && (Number.isNaN(parsed) || parsed < min || parsed > max);
  return (
    <div className="mt-3 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-900">
        Points for {criterionName} ({formatPoints(min)}–{formatPoints(max)})
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step="0.5"
        min={min}
        max={max}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={isOutOfRange || undefined}
        aria-describedby={`${id}-hint`}
        className={classNames(controlClasses, "w-32")}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const number = next.trim() === "" ? null : Number(next);
          if (number === null || (!Number.isNaN(number) && number >= min && number <= max)) {
            setShown(number);
            onChange(number);
          }
        }}
      />
      <p id={`${id}-hint`} className={classNames("text-xs", isOutOfRange ? "font-medium text-red-800" : "text-stone-600")}>
        {isOutOfRange ? `Give between ${formatPoints(min)} and ${formatPoints(max)} points.` : "Leave empty to give the chosen level's points."}
      </p>
    </div>
  );
}
