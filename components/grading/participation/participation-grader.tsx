"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { AutosaveStatus } from "@/components/grading/autosave-status";
import { scoreOutOf } from "@/components/grading/labels";
import { GradedPosts } from "@/components/grading/participation/graded-posts";
import type { ParticipationView } from "@/components/grading/participation/types";
import { RubricScorer, type ScoreDraft } from "@/components/grading/rubric-scorer";
import { scorableScores, teamPoints, unscoredCriteria } from "@/components/grading/scoring";
import { useGradeAutosave } from "@/components/grading/use-grade-autosave";
import { fieldErrorsOf, formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/form-field";

type ParticipationGraderProps = { courseId: string; view: ParticipationView; isBlind: boolean };

/** A stored score as the scorer shows it: a level's own points are the level, not typed points. */
function editableScores(view: ParticipationView): ScoreDraft[] {
  return (view.grade?.scores ?? []).map((score) => {
    const level = view.rubric.criteria.find((criterion) => criterion.id === score.criterionId)?.levels.find((candidate) => candidate.id === score.levelId);
    return { ...score, points: level && level.points === score.points ? null : score.points };
  });
}

/**
 * One student's posts beside the rubric: scores and comments save themselves as the grader
 * works; finalizing needs every criterion scored. A final grade can still be changed (a regrade).
 */
export function ParticipationGrader({ courseId, view, isBlind }: ParticipationGraderProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const headingId = useId();
  const ref = { courseId, threadId: view.thread.id, studentId: view.student.id };
  const studentLabel = view.student.name ?? "This student";
  const [scores, setScores] = useState<ScoreDraft[]>(() => editableScores(view));
  const [comment, setComment] = useState(view.grade?.comment ?? "");
  const [finalizeError, setFinalizeError] = useState("");
  const [finalizeStatus, setFinalizeStatus] = useState("");

  const saveDraft = useMutation(trpc.grade.saveParticipationDraft.mutationOptions());
  const finalize = useMutation(trpc.grade.finalizeParticipation.mutationOptions());
  const draft = useMemo(() => ({ comment, scores: scorableScores(scores) }), [comment, scores]);
  const autosave = useGradeAutosave({ state: draft, save: (state) => saveDraft.mutateAsync({ ...ref, ...state }) });

  // The server names a refused score by its place in what was sent ("scores.1.points"): show it at that criterion.
  const fieldErrors = fieldErrorsOf(autosave.error);
  const criterionErrors = Object.fromEntries(
    Object.entries(fieldErrors).flatMap(([field, message]) => {
      const index = /^scores\.(\d+)/.exec(field)?.[1];
      const criterionId = index === undefined ? undefined : draft.scores[Number(index)]?.criterionId;
      return criterionId ? [[criterionId, message]] : [];
    }),
  );
  const missing = unscoredCriteria(view.rubric, scores);
  const isFinal = view.grade?.status === "FINAL";

  async function onFinalize() {
    setFinalizeError("");
    setFinalizeStatus("");
    try {
      await autosave.flush();
      await finalize.mutateAsync(ref);
      setFinalizeStatus(`${studentLabel}'s grade is final.`);
      router.refresh();
    } catch (caught) {
      setFinalizeError(formErrorMessage(caught));
    }
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
      <section aria-labelledby={`${headingId}-posts`} className="space-y-4">
        <h2 id={`${headingId}-posts`} className="font-serif text-xl font-semibold text-stone-950">
          {isBlind ? "Posts" : `${studentLabel}'s posts`}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ["Posts", view.figures.posts],
            ["Of which replies", view.figures.replies],
            ["Replies received", view.figures.repliesReceived],
            ["Words", view.figures.words],
          ].map(([label, value]) => (
            <div key={label} className="rounded-md border border-stone-200 bg-white px-3 py-2">
              <dt className="text-xs text-stone-700">{label}</dt>
              <dd className="text-lg font-semibold text-stone-950 tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-xs text-stone-600">Figures leave out deleted and hidden posts; hidden posts are shown below, marked.</p>
        <GradedPosts posts={view.posts} studentLabel={studentLabel} />
      </section>

      <section aria-labelledby={`${headingId}-rubric`} className="space-y-4 lg:sticky lg:top-4 lg:self-start">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`${headingId}-rubric`} className="font-serif text-xl font-semibold text-stone-950">
            {view.rubric.title}
          </h2>
          <Badge tone={isFinal ? "emerald" : view.grade ? "amber" : "stone"}>{isFinal ? "Final" : view.grade ? "Draft" : "Not graded"}</Badge>
        </div>
        <p className="text-sm text-stone-700">
          Keys: 1–9 pick a level of the outlined criterion, j / k move between criteria. Changes save as you go.
          {isFinal ? " This grade is final: changes are kept as a regrade." : ""}
        </p>
        <RubricScorer rubric={view.rubric} scores={scores} onChange={setScores} errors={criterionErrors} />
        <TextAreaField label="Overall comment" error={fieldErrors.comment} value={comment} maxLength={10_000} onChange={(event) => setComment(event.target.value)} className="min-h-24" />
        <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          <p className="text-sm text-stone-800">
            Score: <span className="font-semibold text-stone-950">{scoreOutOf(teamPoints(view.rubric, scores), view.rubric.totalPoints)}</span>
            {missing.length > 0 ? <span className="text-stone-700"> · still to score: {missing.map((criterion) => criterion.name).join(", ")}</span> : null}
          </p>
          <AutosaveStatus autosave={autosave} hasStoredGrade={view.grade !== null} />
          {isFinal ? null : (
            <Button onClick={() => void onFinalize()} isBusy={finalize.isPending} disabled={missing.length > 0} aria-describedby={missing.length > 0 ? `${headingId}-finalize-hint` : undefined}>
              Finalize grade
            </Button>
          )}
          {!isFinal && missing.length > 0 ? (
            <p id={`${headingId}-finalize-hint`} className="text-xs text-stone-600">
              Score every criterion to finalize.
            </p>
          ) : null}
          {finalizeError ? <ErrorAlert>{finalizeError}</ErrorAlert> : null}
          <StatusMessage>{finalizeStatus}</StatusMessage>
        </div>
      </section>
    </div>
  );
}
