"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useId, useState } from "react";
import { LocalTime } from "@/components/debate/local-time";
import { AutosaveStatus } from "@/components/grading/autosave-status";
import { GradeHistory } from "@/components/grading/grade-history";
import { GradeStatusBadge } from "@/components/grading/grade-status";
import { adjustmentsFrom, fieldMessage, initialAdjustmentRows, scoreErrorsByCriterion, type AdjustmentRows } from "@/components/grading/grade-draft";
import { KeyboardShortcuts } from "@/components/grading/keyboard-shortcuts";
import { scoreOutOf } from "@/components/grading/labels";
import { gradingPaths } from "@/components/grading/paths";
import { RubricScorer } from "@/components/grading/rubric-scorer";
import { formatPoints, isTextEntry, scorableScores, teamPoints, unscoredCriteria, type ScoreDraft } from "@/components/grading/scoring";
import type { GradeChangeEntry, GradeMember, GradeStatus, GradingQueue, GradingView } from "@/components/grading/types";
import { useGradeAutosave } from "@/components/grading/use-grade-autosave";
import { RichText } from "@/components/seminar/rich-text";
import { fieldErrorsOf, formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import { SectionHeading } from "@/components/ui/page-header";

type GraderProps = {
  courseId: string;
  view: GradingView;
  queue: GradingQueue;
  /** The grade's audit trail, for instructors; null for teaching assistants. */
  history: GradeChangeEntry[] | null;
  isBlind: boolean;
};

/**
 * The grader's workspace: the frozen argument beside the rubric, a team grade with per-student
 * adjustments beside each member's contribution, an overall comment, autosave, finalize, and
 * the keyboard: digits pick levels, j / k move between criteria, n / p between submissions.
 */
export function Grader({ courseId, view, queue, history, isBlind }: GraderProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { submission, rubric, members } = view;
  const saveDraft = useMutation(trpc.grade.saveDraft.mutationOptions());
  const finalize = useMutation(trpc.grade.finalize.mutationOptions());

  const [scores, setScores] = useState<ScoreDraft[]>(() => view.grade?.scores.map((score) => ({ ...score })) ?? []);
  const [comment, setComment] = useState(view.grade?.comment ?? "");
  const [adjustmentRows, setAdjustmentRows] = useState<AdjustmentRows>(() => initialAdjustmentRows(members, view.grade?.adjustments ?? []));
  const [status, setStatus] = useState<GradeStatus>(view.grade?.status ?? "UNGRADED");
  const [message, setMessage] = useState("");
  const [actionError, setActionError] = useState("");

  const draft = { comment, scores: scorableScores(scores), adjustments: adjustmentsFrom(adjustmentRows) };
  const autosave = useGradeAutosave({
    state: draft,
    save: async (state) => {
      await saveDraft.mutateAsync({ courseId, submissionId: submission.id, ...state });
      setStatus((current) => (current === "UNGRADED" ? "DRAFT" : current));
      if (history) void queryClient.invalidateQueries({ queryKey: trpc.grade.history.queryKey({ courseId, submissionId: submission.id }) });
    },
  });
  const serverErrors = autosave.status === "error" ? fieldErrorsOf(autosave.error) : {};
  const scoreErrors = scoreErrorsByCriterion(serverErrors, draft.scores);

  // Next and previous follow the grading queue: rounds in order, teams in their order.
  const order = queue.rounds.flatMap((round) => round.submissions.map((entry) => entry.id));
  const position = order.indexOf(submission.id);
  const previousId = position > 0 ? order[position - 1] : undefined;
  const nextId = position >= 0 && position < order.length - 1 ? order[position + 1] : undefined;

  const [isNavigating, setIsNavigating] = useState(false);
  async function goTo(submissionId: string | undefined) {
    if (!submissionId || isNavigating) return;
    setIsNavigating(true);
    try {
      await autosave.flush();
      router.push(gradingPaths.submission(courseId, submissionId, isBlind));
    } catch {
      // The status line says why the grade could not be saved; stay on it.
      setIsNavigating(false);
    }
  }

  // An effect event sees this render's props from the moment it is on screen: a listener that
  // read them through a ref set in an effect could, between the two, navigate as the page was
  // before (say, blind after blind grading was turned off).
  const onNavigationKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
    const target = event.key === "n" || event.key === "]" ? nextId : event.key === "p" || event.key === "[" ? previousId : null;
    if (target === null) return;
    event.preventDefault();
    void goTo(target);
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => onNavigationKey(event);
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  async function onFinalize() {
    setActionError("");
    setMessage("");
    try {
      await autosave.flush();
    } catch {
      // The save status says why the grade could not be saved; finalizing waits for it.
      return;
    }
    try {
      await finalize.mutateAsync({ courseId, submissionId: submission.id });
      setStatus("FINAL");
      setMessage(nextId ? "Grade finalized. Press n for the next submission." : "Grade finalized.");
      if (history) void queryClient.invalidateQueries({ queryKey: trpc.grade.history.queryKey({ courseId, submissionId: submission.id }) });
      router.refresh();
    } catch (caught) {
      setActionError(formErrorMessage(caught));
    }
  }

  const total = teamPoints(rubric, scores);
  const missing = unscoredCriteria(rubric, scores);

  return (
    <div className="space-y-6">
      {/* Stays in view while the rubric scrolls: where am I, and is it saved. */}
      <div className="sticky top-0 z-10 flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm lg:flex-row lg:items-center lg:justify-between">
        <nav aria-label="Submissions in the grading queue" className="flex flex-wrap items-center gap-2">
          <Button variant="secondary" size="sm" disabled={!previousId || isNavigating} onClick={() => void goTo(previousId)} aria-keyshortcuts="p [">
            <span aria-hidden="true">←</span> Previous
          </Button>
          <span className="text-sm text-stone-700">
            Submission {position + 1} of {order.length}
          </span>
          <Button variant="secondary" size="sm" disabled={!nextId || isNavigating} onClick={() => void goTo(nextId)} aria-keyshortcuts="n ]">
            Next <span aria-hidden="true">→</span>
          </Button>
        </nav>
        <div className="flex flex-wrap items-center gap-4">
          <BlindToggle courseId={courseId} submissionId={submission.id} isBlind={isBlind} onBeforeToggle={autosave.flush} />
          <GradeStatusBadge status={status} />
          <AutosaveStatus autosave={autosave} hasStoredGrade={status !== "UNGRADED"} />
        </div>
      </div>

      <div className="grid gap-8 lg:grid-cols-2">
        <div className="space-y-8">
          <section aria-labelledby="argument-heading" className="space-y-3">
            <SectionHeading id="argument-heading">{submission.team.name === null ? "The argument" : `${submission.team.name}'s argument`}</SectionHeading>
            <p className="text-sm text-stone-700">
              Round {submission.round.index + 1}: {submission.round.name} · {submission.wordCount} words · frozen <LocalTime date={submission.frozenAt} />
            </p>
            <div className="rounded-lg border border-stone-200 bg-white p-5 font-serif leading-relaxed">
              {submission.wordCount === 0 ? <p className="font-sans text-stone-700">This team handed in an empty argument.</p> : <RichText body={submission.content} />}
            </div>
          </section>

          <KeyboardShortcuts />

          <TeamGrade
            members={members}
            rows={adjustmentRows}
            onChange={setAdjustmentRows}
            teamScore={total}
            totalPoints={rubric.totalPoints}
            errors={serverErrors}
            adjustments={draft.adjustments}
          />

          {history ? (
            isBlind ? (
              <section aria-labelledby="history-heading">
                <SectionHeading id="history-heading">Grade history</SectionHeading>
                <p className="text-sm text-stone-700">Hidden while grading blind: the history names the students.</p>
              </section>
            ) : (
              <GradeHistoryLoader courseId={courseId} submissionId={submission.id} initial={history} />
            )
          ) : null}
        </div>

        <div className="space-y-6">
          <section aria-labelledby="rubric-heading" className="space-y-3">
            <SectionHeading id="rubric-heading">{rubric.title}</SectionHeading>
            <p className="text-sm text-stone-700">
              Version {rubric.version} · {formatPoints(rubric.totalPoints)} points · pick a level per criterion (keys 1–9), move with j and k.
            </p>
            <RubricScorer rubric={rubric} scores={scores} onChange={setScores} errors={scoreErrors} />
          </section>

          <TextAreaField
            label="Overall comment"
            rows={5}
            maxLength={10000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            error={serverErrors.comment}
            hint="For the whole team; students see it with their grade once it is released."
          />

          <section aria-labelledby="finalize-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <h2 id="finalize-heading" className="font-semibold text-stone-950">
              Team score: {scoreOutOf(total, rubric.totalPoints)}
            </h2>
            {status === "FINAL" ? (
              <p className="text-sm text-stone-700">Final. Changes still save as you make them; once grades are released, students see this grade marked as regraded.</p>
            ) : missing.length > 0 ? (
              <p id="finalize-hint" className="text-sm text-stone-700">
                Score every criterion to finalize. Still to score: {missing.map((criterion) => criterion.name).join(", ")}.
              </p>
            ) : (
              <p id="finalize-hint" className="text-sm text-stone-700">
                Every criterion is scored. Finalizing makes the grade count; students see it when the debate&apos;s grades are released.
              </p>
            )}
            {status !== "FINAL" ? (
              <Button onClick={() => void onFinalize()} isBusy={finalize.isPending} disabled={missing.length > 0} aria-describedby="finalize-hint">
                Finalize grade
              </Button>
            ) : null}
            {actionError ? <ErrorAlert>{actionError}</ErrorAlert> : null}
            <StatusMessage>{message}</StatusMessage>
          </section>
        </div>
      </div>
    </div>
  );
}

function BlindToggle({ courseId, submissionId, isBlind, onBeforeToggle }: { courseId: string; submissionId: string; isBlind: boolean; onBeforeToggle: () => Promise<void> }) {
  const router = useRouter();
  // Ticked at once; the page follows when the names have been reloaded with or without.
  const [isChecked, setIsChecked] = useState(isBlind);
  const [shownBlind, setShownBlind] = useState(isBlind);
  if (shownBlind !== isBlind) {
    setShownBlind(isBlind);
    setIsChecked(isBlind);
  }
  return (
    <CheckboxField
      label="Blind grading"
      description="Hide team and student names"
      checked={isChecked}
      onChange={(event) => {
        const isNowChecked = event.target.checked;
        setIsChecked(isNowChecked);
        void onBeforeToggle()
          .catch(() => undefined)
          .then(() => router.replace(gradingPaths.submission(courseId, submissionId, isNowChecked)));
      }}
    />
  );
}

type TeamGradeProps = {
  members: GradeMember[];
  rows: AdjustmentRows;
  onChange: (rows: AdjustmentRows) => void;
  teamScore: number;
  totalPoints: number;
  errors: Record<string, string>;
  adjustments: { userId: string; points: number }[];
};

/** Each member's contribution to the team's document beside their adjustment and resulting score. */
function TeamGrade({ members, rows, onChange, teamScore, totalPoints, errors, adjustments }: TeamGradeProps) {
  const baseId = useId();
  return (
    <section aria-labelledby="team-grade-heading" className="space-y-3">
      <SectionHeading id="team-grade-heading">Team grade and adjustments</SectionHeading>
      <p className="text-sm text-stone-700">
        Everyone gets the team score; an adjustment adds or takes points for one student (their score stays between 0 and {formatPoints(totalPoints)}). Contributions come from the co-editing history.
      </p>
      {members.length === 0 ? <p className="text-sm text-stone-700">This team has no members.</p> : null}
      <ul className="space-y-3">
        {members.map((member) => {
          const row = rows[member.userId] ?? { points: "", reason: "" };
          const adjustment = adjustments.find((candidate) => candidate.userId === member.userId);
          const index = adjustments.findIndex((candidate) => candidate.userId === member.userId);
          const serverError =
            index < 0 ? undefined : ["points", "reason", "userId"].map((field) => fieldMessage(`adjustments.${index}.${field}`, errors[`adjustments.${index}.${field}`])).find(Boolean);
          const pointsText = row.points.trim();
          const isInvalid = pointsText !== "" && !Number.isFinite(Number(pointsText));
          const studentScore = Math.min(totalPoints, Math.max(0, Math.round((teamScore + (adjustment?.points ?? 0)) * 100) / 100));
          const headingId = `${baseId}-${member.userId}`;
          return (
            <li key={member.userId}>
              <fieldset aria-labelledby={headingId} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={headingId} className="font-semibold text-stone-950">
                    {member.name}
                  </h3>
                  <p className="text-sm text-stone-800">
                    Score: <span className="font-semibold">{scoreOutOf(studentScore, totalPoints)}</span>
                  </p>
                </div>
                <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                  <Figure term="Share of text" value={`${formatPoints(member.sharePercent)}%`} />
                  <Figure term="Characters kept" value={String(member.insertedCharacters)} />
                  <Figure term="Characters deleted" value={String(member.deletedCharacters)} />
                  <Figure term="Active minutes" value={String(member.activeMinutes)} />
                </dl>
                <div className="grid gap-3 sm:grid-cols-[9rem_1fr]">
                  <TextField
                    label={`Adjustment for ${member.name}`}
                    inputMode="decimal"
                    placeholder="0"
                    value={row.points}
                    error={isInvalid ? "Enter a number of points, e.g. 2 or -1.5" : serverError}
                    onChange={(event) => onChange({ ...rows, [member.userId]: { ...row, points: event.target.value } })}
                  />
                  <TextField
                    label={`Reason for ${member.name}'s adjustment`}
                    maxLength={1000}
                    value={row.reason}
                    onChange={(event) => onChange({ ...rows, [member.userId]: { ...row, reason: event.target.value } })}
                  />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Figure({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt className="text-stone-600">{term}</dt>
      <dd className="font-medium text-stone-900">{value}</dd>
    </div>
  );
}

function GradeHistoryLoader({ courseId, submissionId, initial }: { courseId: string; submissionId: string; initial: GradeChangeEntry[] }) {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.grade.history.queryOptions({ courseId, submissionId }), initialData: initial });
  return <GradeHistory changes={data} />;
}
