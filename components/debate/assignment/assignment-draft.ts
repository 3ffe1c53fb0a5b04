import type { AssignmentPreview } from "@/components/debate/types";

/**
 * The instructor's working copy of an assignment: Stoa's proposal plus their moves, swaps,
 * pins and exclusions. Pure functions, each returning a new draft.
 */
export type StudentInfo = { id: string; name: string; timesArgued: Record<string, number> };

export type DraftTeam = { key: string; theoryId: string; theoryKey: string; teamIndex: number; name: string; studentIds: string[] };

export type AssignmentDraft = {
  seed: number;
  teams: DraftTeam[];
  excludedIds: string[];
  pinnedIds: string[];
  /** Students the instructor placed by hand since the last proposal. */
  movedIds: string[];
  /** Everything learnt about students so far, so left-out students keep their history. */
  students: Record<string, StudentInfo>;
  /** Earlier times together, keyed by the two ids in order ("a|b"); absent means never, as far as known. */
  pairs: Record<string, number>;
};

export const pairKey = (first: string, second: string) => (first < second ? `${first}|${second}` : `${second}|${first}`);
export const teamKey = (theoryId: string, teamIndex: number) => `${theoryId}:${teamIndex}`;

/** A draft from a proposal, keeping what earlier proposals taught about students and pairs. */
export function draftFromPreview(preview: AssignmentPreview, earlier?: Pick<AssignmentDraft, "students" | "pairs">): AssignmentDraft {
  const students = { ...earlier?.students };
  const pairs = { ...earlier?.pairs };
  const pinnedIds: string[] = [];
  for (const team of preview.teams) {
    for (const student of team.students) {
      students[student.id] = { id: student.id, name: student.name, timesArgued: student.timesArgued };
      if (student.isPinned) pinnedIds.push(student.id);
      for (const teammate of student.repeatedTeammates) pairs[pairKey(student.id, teammate.studentId)] = teammate.timesTogether;
    }
  }
  for (const student of preview.excluded) students[student.id] ??= { id: student.id, name: student.name, timesArgued: {} };
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
    pinnedIds,
    movedIds: [],
    students,
    pairs,
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

/** The positions a student has argued least among those in play. */
export function leastArguedKeys(timesArgued: Record<string, number>, positionKeys: readonly string[]): string[] {
  const counts = positionKeys.map((key) => timesArgued[key] ?? 0);
  const least = Math.min(...counts);
  return positionKeys.filter((_, index) => counts[index] === least);
}

/**
 * Brings a left-out student back, onto the smallest team of a position they have argued least
 * (or the smallest team overall when those are full).
 */
export function includeStudent(draft: AssignmentDraft, studentId: string): AssignmentDraft {
  if (!draft.excludedIds.includes(studentId) || draft.teams.length === 0) return draft;
  const positionKeys = [...new Set(draft.teams.map((team) => team.theoryKey))];
  const preferred = new Set(leastArguedKeys(draft.students[studentId]?.timesArgued ?? {}, positionKeys));
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

export function isOnLeastArguedPosition(draft: AssignmentDraft, studentId: string): boolean {
  const team = teamOf(draft, studentId);
  if (!team) return false;
  const positionKeys = [...new Set(draft.teams.map((candidate) => candidate.theoryKey))];
  return leastArguedKeys(draft.students[studentId]?.timesArgued ?? {}, positionKeys).includes(team.theoryKey);
}

/** Current teammates the student shared a team with before, most often first. */
export function repeatedTeammates(draft: AssignmentDraft, studentId: string): { id: string; name: string; timesTogether: number }[] {
  const team = teamOf(draft, studentId);
  if (!team) return [];
  return team.studentIds
    .filter((id) => id !== studentId)
    .map((id) => ({ id, name: draft.students[id]?.name ?? "", timesTogether: draft.pairs[pairKey(studentId, id)] ?? 0 }))
    .filter((teammate) => teammate.timesTogether > 0)
    .sort((left, right) => right.timesTogether - left.timesTogether || left.name.localeCompare(right.name));
}

export type DraftSummary = {
  placed: number;
  excluded: number;
  smallestTeam: number;
  largestTeam: number;
  onLeastArgued: number;
  repeatedPairs: number;
  emptyTeams: DraftTeam[];
};

export function summarize(draft: AssignmentDraft): DraftSummary {
  const sizes = draft.teams.map((team) => team.studentIds.length);
  const placedIds = draft.teams.flatMap((team) => team.studentIds);
  let repeatedPairs = 0;
  for (const team of draft.teams) {
    team.studentIds.forEach((id, index) => {
      for (const other of team.studentIds.slice(index + 1)) if ((draft.pairs[pairKey(id, other)] ?? 0) > 0) repeatedPairs += 1;
    });
  }
  return {
    placed: placedIds.length,
    excluded: draft.excludedIds.length,
    smallestTeam: sizes.length ? Math.min(...sizes) : 0,
    largestTeam: sizes.length ? Math.max(...sizes) : 0,
    onLeastArgued: placedIds.filter((id) => isOnLeastArguedPosition(draft, id)).length,
    repeatedPairs,
    emptyTeams: draft.teams.filter((team) => team.studentIds.length === 0),
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
