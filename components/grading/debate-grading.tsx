"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { LocalTime } from "@/components/debate/local-time";
import { GradeLink, GradeStatusBadge, queueScore } from "@/components/grading/grade-status";
import { NoRubricYet } from "@/components/grading/no-rubric-yet";
import { gradingPaths } from "@/components/grading/paths";
import { ReleaseGradesButton } from "@/components/grading/release-grades-button";
import { RubricOptions } from "@/components/grading/rubric-options";
import type { GradingQueue, QueueRound, RubricSummary } from "@/components/grading/types";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { SelectField } from "@/components/ui/form-field";

type DebateGradingProps = {
  courseId: string;
  queue: GradingQueue;
  rubrics: RubricSummary[];
  /** Instructors attach rubrics and release grades; teaching assistants grade. */
  isInstructor: boolean;
};

/** One debate on the grading page: progress, the rubric per round, the queue, and release. */
export function DebateGrading({ courseId, queue, rubrics, isInstructor }: DebateGradingProps) {
  const { debate, rounds, progress } = queue;
  const headingId = useId();
  const submissions = rounds.flatMap((round) => round.submissions.map((submission) => ({ ...submission, hasRubric: round.rubricId !== null })));
  const next = submissions.find((submission) => submission.hasRubric && submission.status !== "FINAL");
  const drafts = submissions.filter((submission) => submission.status === "DRAFT").length;

  return (
    <article id={`debate-${debate.id}`} aria-labelledby={headingId} className="space-y-5 rounded-lg border border-stone-200 bg-white p-5">
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-2">
          <h2 id={headingId} className="font-serif text-xl font-semibold text-stone-950">
            {debate.title}
          </h2>
          <GradingProgress final={progress.final} total={progress.total} />
          <p className="text-sm text-stone-700">
            {debate.releasedAt ? (
              <>
                <Badge tone="emerald">Released</Badge> <LocalTime date={debate.releasedAt} />. Grades finalized from now on show to their students at once.
              </>
            ) : (
              <>
                <Badge tone="stone">Not released</Badge> Students see nothing until you release this debate&apos;s grades.
              </>
            )}
          </p>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          {next ? (
            <ButtonLink href={gradingPaths.submission(courseId, next.id)} aria-label={`${next.status === "UNGRADED" ? "Start grading" : "Continue grading"}: ${debate.title}`}>
              {next.status === "UNGRADED" ? "Start grading" : "Continue grading"}
            </ButtonLink>
          ) : null}
          {isInstructor && !debate.releasedAt ? <ReleaseGrades courseId={courseId} debate={debate} finalCount={progress.final} draftCount={drafts} /> : null}
        </div>
      </header>

      {isInstructor ? <AttachRubric courseId={courseId} debateId={debate.id} debateTitle={debate.title} rounds={rounds} rubrics={rubrics} /> : null}

      <div className="space-y-5">
        {rounds.map((round) => (
          <RoundQueue key={round.id} courseId={courseId} round={round} rubrics={rubrics} />
        ))}
      </div>
    </article>
  );
}

function GradingProgress({ final, total }: { final: number; total: number }) {
  const id = useId();
  return (
    <div className="flex items-center gap-3 text-sm text-stone-800">
      <progress id={id} value={final} max={Math.max(total, 1)} className="h-2 w-40 accent-teal-800" />
      <label htmlFor={id}>
        {total === 0 ? "No submissions yet: rounds are graded once they lock." : `${final} of ${total} graded (final)`}
      </label>
    </div>
  );
}

function RoundQueue({ courseId, round, rubrics }: { courseId: string; round: QueueRound; rubrics: RubricSummary[] }) {
  const rubric = rubrics.find((candidate) => candidate.id === round.rubricId);
  const captionId = useId();
  return (
    <section aria-labelledby={captionId} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={captionId} className="font-semibold text-stone-950">
          Round {round.index + 1}: {round.name}
        </h3>
        <p className="text-sm text-stone-700">
          Rubric:{" "}
          {round.rubricId ? (
            <Link href={gradingPaths.rubric(courseId, round.rubricId)} className="font-medium text-teal-800 underline">
              {rubric ? `${rubric.title} (version ${rubric.version})` : "an earlier version"}
            </Link>
          ) : (
            <span className="font-medium text-amber-900">none yet</span>
          )}
        </p>
      </div>
      {round.submissions.length === 0 ? (
        <p className="text-sm text-stone-700">{round.frozenAt ? "No team handed anything in." : "Not locked yet: the teams' arguments are frozen for grading when it locks."}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 text-stone-700">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                Team
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Words
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Grade
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Team score
              </th>
              <th scope="col" className="py-2 font-medium">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {round.submissions.map((submission) => (
              <tr key={submission.id}>
                <th scope="row" className="py-2 pr-3 font-medium text-stone-900">
                  {submission.team.name}
                </th>
                <td className="py-2 pr-3 text-stone-800">{submission.wordCount}</td>
                <td className="py-2 pr-3">
                  <GradeStatusBadge status={submission.status} />
                </td>
                <td className="py-2 pr-3 text-stone-800">{queueScore(submission.teamScore, submission.totalPoints)}</td>
                <td className="py-2 text-right">
                  <GradeLink
                    href={round.rubricId ? gradingPaths.submission(courseId, submission.id) : null}
                    status={submission.status}
                    subject={`${submission.team.name}, ${round.name}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const everyRound = "all";

type AttachRubricProps = { courseId: string; debateId: string; debateTitle: string; rounds: QueueRound[]; rubrics: RubricSummary[] };

/** Grades a debate's rounds with a rubric: all of them, or one. */
function AttachRubric({ courseId, debateId, debateTitle, rounds, rubrics }: AttachRubricProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const attach = useMutation(trpc.rubric.attach.mutationOptions());
  const [rubricId, setRubricId] = useState(rubrics[0]?.id ?? "");
  const [scope, setScope] = useState(everyRound);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");

  if (rubrics.length === 0) return <NoRubricYet courseId={courseId} />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus("");
    setError("");
    const roundId = scope === everyRound ? null : scope;
    attach.mutate(
      { courseId, debateId, rubricId, roundId },
      {
        onSuccess: () => {
          const rubric = rubrics.find((candidate) => candidate.id === rubricId);
          const round = rounds.find((candidate) => candidate.id === roundId);
          setStatus(`${rubric?.title ?? "The rubric"} grades ${round ? round.name : "every round"} now.`);
          router.refresh();
        },
        onError: (caught) => setError(formErrorMessage(caught)),
      },
    );
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Attach a rubric to ${debateTitle}`} className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-4">
      <div className="grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end">
        <SelectField label="Rubric" value={rubricId} onChange={(event) => setRubricId(event.target.value)}>
          <RubricOptions rubrics={rubrics} />
        </SelectField>
        <SelectField label="Attach to" value={scope} onChange={(event) => setScope(event.target.value)}>
          <option value={everyRound}>The whole debate</option>
          {rounds.map((round) => (
            <option key={round.id} value={round.id}>
              Round {round.index + 1}: {round.name}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary" isBusy={attach.isPending}>
          Attach rubric
        </Button>
      </div>
      <p className="text-xs text-stone-600">A round already graded keeps the rubric its grades were given with.</p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}

type ReleaseGradesProps = { courseId: string; debate: GradingQueue["debate"]; finalCount: number; draftCount: number };

function ReleaseGrades({ courseId, debate, finalCount, draftCount }: ReleaseGradesProps) {
  const trpc = useTRPC();
  const release = useMutation(trpc.grade.release.mutationOptions());
  return (
    <ReleaseGradesButton
      subject={debate.title}
      dialogTitle={`Release grades for ${debate.title}?`}
      finalCount={finalCount}
      draftCount={draftCount}
      isBusy={release.isPending}
      release={(handlers) => release.mutate({ courseId, debateId: debate.id }, handlers)}
    />
  );
}
