import type { KeyEvent, Source, ThesisChapter } from "@/server/domain/course-content";

/** The fields an instructor edits on a case. */
export type CaseFields = {
  title: string;
  periodStart: number;
  periodEnd: number;
  summary: string;
  keyEvents: KeyEvent[];
  sources: Source[];
  thesisChapter?: ThesisChapter | null;
  thesisVerdict?: string;
  perTheory?: Record<string, string>;
};
