import type { AssignmentPreview } from "@/components/debate/types";
import type { AssignmentHistory } from "@/server/domain/debate/assignment-problem";
import { describeLayout, type LayoutTotals, type StudentNotes } from "@/server/domain/debate/assignment-notes";

/**
 * The instructor's working copy of an assignment: Stoa's proposal plus their moves, swaps,
 * pins and exclusions. Pure functions, each returning a new draft.
 */
export type StudentInfo = { id: string; name: string };

export type DraftTeam = { key: string; theoryId: string; theoryKey: string; teamIndex: number; name: string; studentIds: string[] };

export type AssignmentDraft = {
  seed: number;
  teams: DraftTeam[];
  excludedIds: string[];
  pinnedIds: string[];
  /** Students the instructor placed by hand since the last proposal. */
  movedIds: string[];
  students: Record<string, StudentInfo>;
  /** The course's earlier debates, as the preview sent them: notes are computed from it. */
  history: AssignmentHistory;
};

export const teamKey = (theoryId: string, teamIndex: number) => `${theoryId}:${teamIndex}`;

export function draftFromPreview(preview: AssignmentPreview): AssignmentDraft {
  const students: Record<string, StudentInfo> = {};
  for (const student of [...preview.teams.flatMap((team) => team.students), ...preview.excluded]) students[student.id] = { id: student.id, name: student.name };
  return {
    seed: preview.seed,
    teams: preview.teams.map((team) => ({
      key: teamKey(team.theoryId, team.teamIndex),
      theoryId: team.theoryId,
      theoryKey: team.theoryKey,
      teamIndex: team.teamIndex,
      name: team.name,
      studentIds: team.students.map((student) => student.id),
    })),
    excludedIds: preview.excluded.map((student) => student.id),
    pinnedIds: preview.teams.flatMap((team) => team.pinnedStudentIds),
    movedIds: [],
    students,
    history: preview.history,
  };
}

export function teamOf(draft: AssignmentDraft, studentId: string): DraftTeam | undefined {
  return draft.teams.find((team) => team.studentIds.includes(studentId));
}

const withoutId = (ids: readonly string[], id: string) => ids.filter((candidate) => candidate !== id);
const withId = (ids: readonly string[], id: string) => (ids.includes(id) ? [...ids] : [...ids, id]);

/**
 * Puts a student on another team. A moved student is pinned to the new position, so a new
 * proposal (re-roll) keeps the instructor's decision.
 */
export function moveStudent(draft: AssignmentDraft, studentId: string, targetTeamKey: string): AssignmentDraft {
  const target = draft.teams.find((team) => team.key === targetTeamKey);
  const source = teamOf(draft, studentId);
  if (!target || !source || source.key === target.key) return draft;
  return {
    ...draft,
    teams: draft.teams.map((team) => {
      if (team.key === source.key) return { ...team, studentIds: withoutId(team.studentIds, studentId) };
      if (team.key === target.key) return { ...team, studentIds: [...team.studentIds, studentId] };
      return team;
    }),
    pinnedIds: withId(draft.pinnedIds, studentId),
    movedIds: withId(draft.movedIds, studentId),
  };
}

/** Exchanges two students on different teams; both are pinned to their new positions. */
export function swapStudents(draft: AssignmentDraft, firstId: string, secondId: string): AssignmentDraft {
  const first = teamOf(draft, firstId);
  const second = teamOf(draft, secondId);
  if (!first || !second || first.key === second.key) return draft;
  const replace = (ids: string[], from: string, to: string) => ids.map((id) => (id === from ? to : id));
  return {
    ...draft,
    teams: draft.teams.map((team) => {
      if (team.key === first.key) return { ...team, studentIds: replace(team.studentIds, firstId, secondId) };
      if (team.key === second.key) return { ...team, studentIds: replace(team.studentIds, secondId, firstId) };
      return team;
    }),
    pinnedIds: withId(withId(draft.pinnedIds, firstId), secondId),
    movedIds: withId(withId(draft.movedIds, firstId), secondId),
  };
}

export function togglePin(draft: AssignmentDraft, studentId: string): AssignmentDraft {
  const isPinned = draft.pinnedIds.includes(studentId);
  return { ...draft, pinnedIds: isPinned ? withoutId(draft.pinnedIds, studentId) : withId(draft.pinnedIds, studentId) };
}

/** Leaves a student out of this debate: they are on no team (they may still vote, as audience). */
export function excludeStudent(draft: AssignmentDraft, studentId: string): AssignmentDraft {
  if (!teamOf(draft, studentId)) return draft;
  return {
    ...draft,
    teams: draft.teams.map((team) => ({ ...team, studentIds: withoutId(team.studentIds, studentId) })),
    excludedIds: withId(draft.excludedIds, studentId),
    pinnedIds: withoutId(draft.pinnedIds, studentId),
    movedIds: withoutId(draft.movedIds, studentId),
  };
}

export const positionKeysOf = (draft: AssignmentDraft) => [...new Set(draft.teams.map((team) => team.theoryKey))];

/** The positions a student has argued least among those in play. */
function leastArguedKeys(draft: AssignmentDraft, studentId: string): string[] {
  const positionKeys = positionKeysOf(draft);
  const counts = Object.hasOwn(draft.history.timesArgued, studentId) ? draft.history.timesArgued[studentId]! : {};
  const timesArgued = positionKeys.map((key) => (Object.hasOwn(counts, key) ? counts[key]! : 0));
  const least = Math.min(...timesArgued);
  return positionKeys.filter((_, index) => timesArgued[index] === least);
}

/**
 * Brings a left-out student back, onto the smallest team of a position they have argued least
 * (or the smallest team overall when those are full).
 */
export function includeStudent(draft: AssignmentDraft, studentId: string): AssignmentDraft {
  if (!draft.excludedIds.includes(studentId) || draft.teams.length === 0) return draft;
  const preferred = new Set(leastArguedKeys(draft, studentId));
  const smallestSize = Math.min(...draft.teams.map((team) => team.studentIds.length));
  const smallest = draft.teams.filter((team) => team.studentIds.length === smallestSize);
  const target = smallest.find((team) => preferred.has(team.theoryKey)) ?? smallest[0]!;
  return {
    ...draft,
    teams: draft.teams.map((team) => (team.key === target.key ? { ...team, studentIds: [...team.studentIds, studentId] } : team)),
    excludedIds: withoutId(draft.excludedIds, studentId),
    movedIds: withId(draft.movedIds, studentId),
  };
}

export type DraftDescription = {
  /** Notes for every placed student, by id. */
  notes: Record<string, StudentNotes>;
  totals: LayoutTotals & { placed: number; excluded: number; emptyTeams: DraftTeam[] };
};

/** The notes and totals of the teams as they are now, hand edits included. */
export function describeDraft(draft: AssignmentDraft): DraftDescription {
  const { students, totals } = describeLayout(draft.history, {
    positions: positionKeysOf(draft),
    teams: draft.teams.map((team) => ({ position: team.theoryKey, studentIds: team.studentIds })),
  });
  return {
    notes: Object.fromEntries(students.map((notes) => [notes.studentId, notes])),
    totals: {
      ...totals,
      placed: students.length,
      excluded: draft.excludedIds.length,
      emptyTeams: draft.teams.filter((team) => team.studentIds.length === 0),
    },
  };
}

/** Pins for a new proposal: each pinned student stays on the position they are on now. */
export function pinsOf(draft: AssignmentDraft): { studentId: string; theoryId: string }[] {
  return draft.pinnedIds.flatMap((studentId) => {
    const team = teamOf(draft, studentId);
    return team ? [{ studentId, theoryId: team.theoryId }] : [];
  });
}

export function publishInputOf(draft: AssignmentDraft) {
  return {
    teams: draft.teams.map((team) => ({
      theoryId: team.theoryId,
      studentIds: team.studentIds,
      pinnedStudentIds: team.studentIds.filter((id) => draft.pinnedIds.includes(id)),
    })),
    excludedStudentIds: draft.excludedIds,
  };
}
