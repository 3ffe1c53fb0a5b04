import type { FieldErrors } from "@/components/trpc/errors";
import type { RubricDetail, RubricInput } from "@/components/grading/types";

/**
 * The rubric builder's state: numbers as typed (strings), and a stable id per row so that
 * errors stay beside their row when rows are added, removed or moved.
 */
export type LevelRow = { rowId: string; label: string; points: string; descriptor: string };
export type CriterionRow = {
  rowId: string;
  name: string;
  description: string;
  weight: string;
  minPoints: string;
  maxPoints: string;
  levels: LevelRow[];
};
export type RubricFormValues = { title: string; totalPoints: string; criteria: CriterionRow[] };

let nextRowId = 0;
const rowId = () => `row-${(nextRowId += 1)}`;

const numberText = (value: number | null) => (value === null ? "" : String(value));

export function emptyLevelRow(label = "", points = ""): LevelRow {
  return { rowId: rowId(), label, points, descriptor: "" };
}

/** A new criterion starts with four levels, best first, as most rubrics have. */
export function emptyCriterionRow(weight = ""): CriterionRow {
  return {
    rowId: rowId(),
    name: "",
    description: "",
    weight,
    minPoints: "",
    maxPoints: "",
    levels: [emptyLevelRow("Exemplary"), emptyLevelRow("Proficient"), emptyLevelRow("Developing"), emptyLevelRow("Beginning")],
  };
}

export function emptyRubricFormValues(): RubricFormValues {
  return { title: "", totalPoints: "100", criteria: [emptyCriterionRow("100")] };
}

type StoredRubric = {
  title: string;
  totalPoints: number;
  criteria: Array<Pick<RubricDetail["criteria"][number], "name" | "description" | "weight" | "minPoints" | "maxPoints"> & { levels: Array<{ label: string; points: number; descriptor: string }> }>;
};

export function rubricFormValuesFrom(rubric: StoredRubric): RubricFormValues {
  return {
    title: rubric.title,
    totalPoints: String(rubric.totalPoints),
    criteria: rubric.criteria.map((criterion) => ({
      rowId: rowId(),
      name: criterion.name,
      description: criterion.description,
      weight: String(criterion.weight),
      minPoints: numberText(criterion.minPoints),
      maxPoints: numberText(criterion.maxPoints),
      levels: criterion.levels.map((level) => ({ rowId: rowId(), label: level.label, points: String(level.points), descriptor: level.descriptor })),
    })),
  };
}

/** The error key of one field of a criterion or level row: `${rowId}.name`. */
export const rowKey = (row: { rowId: string }, field: string) => `${row.rowId}.${field}`;

const toNumber = (text: string) => (text.trim() === "" ? null : Number(text.trim()));

/**
 * The input rubric.create/update take, or the fields whose numbers cannot be read (keyed as
 * the server keys them: `criteria.0.weight`). Everything else is the server's to judge.
 */
export function rubricInputFrom(values: RubricFormValues): { input: RubricInput; errors: null } | { input: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const number = (text: string, field: string, options: { isRequired: boolean; isWhole?: boolean }) => {
    const value = toNumber(text);
    if (value === null) {
      if (options.isRequired) errors[field] = "Enter a number";
      return null;
    }
    if (!Number.isFinite(value)) errors[field] = "Enter a number";
    else if (options.isWhole && !Number.isInteger(value)) errors[field] = "Enter a whole number";
    return value;
  };
  const input: RubricInput = {
    title: values.title,
    totalPoints: number(values.totalPoints, "totalPoints", { isRequired: true, isWhole: true }) ?? 0,
    criteria: values.criteria.map((criterion, index) => ({
      name: criterion.name,
      description: criterion.description,
      weight: number(criterion.weight, `criteria.${index}.weight`, { isRequired: true, isWhole: true }) ?? 0,
      minPoints: number(criterion.minPoints, `criteria.${index}.minPoints`, { isRequired: false }),
      maxPoints: number(criterion.maxPoints, `criteria.${index}.maxPoints`, { isRequired: false }),
      levels: criterion.levels.map((level, levelIndex) => ({
        label: level.label,
        points: number(level.points, `criteria.${index}.levels.${levelIndex}.points`, { isRequired: true }) ?? 0,
        descriptor: level.descriptor,
      })),
    })),
  };
  return Object.keys(errors).length > 0 ? { input: null, errors } : { input, errors: null };
}

const issueField = /^(title|totalPoints|criteria(?:\.\d+(?:\.[A-Za-z]+(?:\.\d+\.[A-Za-z]+)?)?)?): ([\s\S]*)$/;

/**
 * Every problem the server named, by field. A refused rubric lists all its problems in one
 * message ("criteria.0.levels.1.points: …; criteria: Weights must add up to 100; …") while its
 * field errors carry only the first, so the message is read as well.
 */
export function rubricServerErrors(fieldErrors: FieldErrors, message: string): FieldErrors {
  const parsed: FieldErrors = {};
  for (const part of message.split(/; (?=(?:title|totalPoints|criteria)[\w.]*: )/)) {
    const match = issueField.exec(part.trim());
    // Two problems with one field are both shown.
    if (match) parsed[match[1]!] = parsed[match[1]!] ? `${parsed[match[1]!]}; ${match[2]!}` : match[2]!;
  }
  const errors: FieldErrors = {};
  for (const [field, text] of Object.entries(fieldErrors)) {
    const match = issueField.exec(text);
    errors[field] = match && match[1] === field ? match[2]! : text;
  }
  return { ...errors, ...parsed };
}

/**
 * Server field paths (`criteria.1.levels.0.label`) turned into row keys (`row-7.label`), so an
 * error stays with its row however the rows move afterwards. Form-wide keys (title,
 * totalPoints, criteria) stay as they are.
 */
export function errorsByRow(values: RubricFormValues, errors: FieldErrors): FieldErrors {
  const keyed: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const level = /^criteria\.(\d+)\.levels\.(\d+)\.(\w+)$/.exec(field);
    const criterion = /^criteria\.(\d+)\.(\w+)$/.exec(field);
    const levelsOf = /^criteria\.(\d+)\.levels$/.exec(field);
    if (level) {
      const row = values.criteria[Number(level[1])]?.levels[Number(level[2])];
      keyed[row ? rowKey(row, level[3]!) : "criteria"] = message;
    } else if (levelsOf) {
      const row = values.criteria[Number(levelsOf[1])];
      keyed[row ? rowKey(row, "levels") : "criteria"] = message;
    } else if (criterion) {
      const row = values.criteria[Number(criterion[1])];
      keyed[row ? rowKey(row, criterion[2]!) : "criteria"] = message;
    } else if (/^criteria\.\d+$/.test(field)) {
      const row = values.criteria[Number(field.split(".")[1])];
      keyed[row ? rowKey(row, "name") : "criteria"] = message;
    } else {
      keyed[field] = message;
    }
  }
  return keyed;
}

/** What a criterion of `weight` percent is worth, as the server computes it (to hundredths). */
export function criterionWorth(weight: number, totalPoints: number): number {
  return Math.round(((weight * totalPoints) / 100) * 100) / 100;
}

/** The weights as typed, summed where they read as numbers. */
export function weightSum(values: RubricFormValues): number {
  return values.criteria.reduce((sum, criterion) => {
    const weight = toNumber(criterion.weight);
    return weight !== null && Number.isFinite(weight) ? sum + weight : sum;
  }, 0);
}
