import { z } from "zod";

/**
 * The shape of a course's content: the bundled thesis course (prisma/seed/thesis-course.json)
 * and what instructors type when authoring cases. Everything a user types is bounded here.
 */
const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, "is required");

export const keyEventSchema = z.object({
  // Partial dates are normal in history: "1993", "1997-05" or "1997-05-27".
  date: z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be a year, year-month or full date (YYYY, YYYY-MM, YYYY-MM-DD)"),
  event: requiredText(1_000),
});

export const sourceSchema = z.object({
  author: requiredText(300),
  title: requiredText(500),
  year: z.union([z.number().int().min(1000).max(3000), z.string().trim().max(20)]).transform(String),
  venue: text(300).default(""),
});

export const thesisChapterSchema = z.object({
  number: z.number().int().min(0).max(100),
  roman: text(20),
  title: text(300),
  section: text(300).default(""),
  relatedSections: z.array(text(300)).max(20).default([]),
});

export const keyEventsSchema = z.array(keyEventSchema).max(100, "at most 100 key events");
export const sourcesSchema = z.array(sourceSchema).max(100, "at most 100 sources");
export const perTheorySchema = z.record(z.string(), z.string().max(5_000));

export type KeyEvent = z.infer<typeof keyEventSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ThesisChapter = z.infer<typeof thesisChapterSchema>;

const promptKind = z.enum(["debate", "seminar"]).transform((kind) => (kind === "debate" ? "DEBATE" : "SEMINAR"));

export const courseContentSchema = z.object({
  thesis: z.object({
    title: requiredText(500),
    author: requiredText(200),
    researchQuestion: text(5_000),
    conclusion: text(10_000),
  }),
  theories: z
    .array(
      z.object({
        key: z.string().regex(/^[a-z][a-z0-9-]*$/),
        name: requiredText(100),
        coreClaims: z.array(requiredText(1_000)).max(30),
        keyThinkers: z.array(requiredText(200)).max(50),
        predicts: text(5_000),
      }),
    )
    .min(1),
  cases: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      title: requiredText(300),
      period: z.object({ start: z.number().int(), end: z.number().int() }),
      chapter: thesisChapterSchema.nullable().optional(),
      summary: text(10_000),
      keyEvents: keyEventsSchema,
      thesisVerdict: text(5_000).default(""),
      perTheory: perTheorySchema.default({}),
      prompts: z.array(z.object({ text: requiredText(2_000), kind: promptKind })),
      sources: sourcesSchema,
    }),
  ),
  rubric: z.unknown().optional(),
});

export type CourseContent = z.infer<typeof courseContentSchema>;

/** Safe reads of the JSON columns: rows written before a schema change still render. */
export function readKeyEvents(value: unknown): KeyEvent[] {
  const parsed = keyEventsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function readSources(value: unknown): Source[] {
  const parsed = sourcesSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function readThesisChapter(value: unknown): ThesisChapter | null {
  const parsed = thesisChapterSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function readPerTheory(value: unknown): Record<string, string> {
  const parsed = perTheorySchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}
