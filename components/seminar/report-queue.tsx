"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { seminarPaths } from "@/components/seminar/types";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Open reports, oldest first; staff resolve them here or hide the post from its thread. */
export function ReportQueue({ courseId }: { courseId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reports = useQuery(trpc.seminar.reports.queryOptions({ courseId }));
  const resolve = useMutation(trpc.seminar.resolveReport.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.seminar.reports.pathKey() }) }));

  if (reports.error) return <ErrorAlert>{reports.error.message}</ErrorAlert>;
  if (!reports.data) return <p className="text-stone-700">Loading reports…</p>;
  if (reports.data.length === 0) return <EmptyState title="No open reports">Nothing needs your attention.</EmptyState>;

  return (
    <div className="space-y-3">
      {resolve.error ? <ErrorAlert>{formErrorMessage(resolve.error)}</ErrorAlert> : null}
      <ul className="space-y-3">
        {reports.data.map((report) => (
          <li key={report.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
            <p id={`report-${report.id}`} className="text-sm text-stone-700">
              {report.reporter.name} reported a post by {report.post.author.name} in “{report.post.thread.title}”: <strong className="text-stone-900">{report.reason}</strong>
            </p>
            <blockquote className="border-l-4 border-stone-300 pl-3 text-sm text-stone-900">
              {report.post.deletedAt ? "(deleted by its author)" : report.post.plainText.slice(0, 600)}
            </blockquote>
            <div className="flex flex-wrap gap-2">
              <Link href={`${seminarPaths.thread(courseId, report.post.threadId)}#post-${report.post.id}`} className="text-sm font-medium text-teal-900 underline">
                Open in thread{report.post.hiddenAt ? " (hidden)" : ""}
              </Link>
              <Button
                size="sm"
                variant="secondary"
                aria-describedby={`report-${report.id}`}
                isBusy={resolve.isPending && resolve.variables?.reportId === report.id}
                onClick={() => resolve.mutate({ courseId, reportId: report.id })}
              >
                Resolve
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
