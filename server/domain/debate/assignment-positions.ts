import type { AssignmentProblem } from "./assignment-problem";

/**
 * Puts every student on a position so that the total "times argued before" is as small as
 * balanced teams allow: a min-cost flow (students → positions → done) solved by successive
 * shortest paths, one student at a time in `order`.
 *
 * With few positions the flow graph folds into the positions themselves: an edge a → b means
 * "move the cheapest-to-move student now on a over to b". Adding a student along the cheapest
 * path through these edges keeps the placement optimal for the students placed so far (the
 * Hungarian method's argument), so the last student leaves an optimal placement for everyone.
 *
 * Each position must end with between `teams × small` and `teams × (small + 1)` students. The
 * lower bound is enforced by a bonus so large that filling a missing seat always beats any saving
 * in history; pins are placed first and never moved.
 */
export function placeOnPositions(problem: AssignmentProblem, order: readonly number[]): Int32Array {
  const { positions, timesArgued, pinnedPosition, teamsPerPosition, smallTeamSize, largeTeamCount } = problem;
  const positionCount = positions.length;
  const studentCount = pinnedPosition.length;
  const minimumSeats = teamsPerPosition * smallTeamSize;
  const maximumSeats = minimumSeats + Math.min(teamsPerPosition, largeTeamCount);
  const seatBonus = studentCount * (timesArgued.reduce((highest, count) => Math.max(highest, count), 0) + 1) + 1;
  const cost = (student: number, position: number) => timesArgued[student * positionCount + position] ?? 0;

  const positionOf = new Int32Array(studentCount).fill(-1);
  const seated = new Int32Array(positionCount);
  const movable: number[][] = positions.map(() => []);
  pinnedPosition.forEach((position, student) => {
    if (position < 0) return;
    positionOf[student] = position;
    seated[position]! += 1;
  });

  const moveCost = new Float64Array(positionCount * positionCount);
  const mover = new Int32Array(positionCount * positionCount);
  const distance = new Float64Array(positionCount);
  const cameFrom = new Int32Array(positionCount);
  const cameWith = new Int32Array(positionCount);

  for (const student of order) {
    if (positionOf[student] !== -1) continue;

    moveCost.fill(Infinity);
    mover.fill(-1);
    for (let from = 0; from < positionCount; from++) {
      for (const other of movable[from] ?? []) {
        for (let to = 0; to < positionCount; to++) {
          if (to === from) continue;
          const change = cost(other, to) - cost(other, from);
          if (change < moveCost[from * positionCount + to]!) {
            moveCost[from * positionCount + to] = change;
            mover[from * positionCount + to] = other;
          }
        }
      }
    }

    // Bellman–Ford over the positions; the placement so far is optimal, so there is no negative cycle.
    for (let position = 0; position < positionCount; position++) distance[position] = cost(student, position);
    cameFrom.fill(-1);
    for (let round = 1; round < positionCount; round++) {
      let changed = false;
      for (let from = 0; from < positionCount; from++) {
        for (let to = 0; to < positionCount; to++) {
          const through = distance[from]! + moveCost[from * positionCount + to]!;
          if (through < distance[to]!) {
            distance[to] = through;
            cameFrom[to] = from;
            cameWith[to] = mover[from * positionCount + to]!;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }

    let target = -1;
    let best = Infinity;
    for (let position = 0; position < positionCount; position++) {
      const seats = seated[position]!;
      if (seats >= maximumSeats) continue;
      const total = distance[position]! - (seats < minimumSeats ? seatBonus : 0);
      if (total < best) {
        best = total;
        target = position;
      }
    }
    // prepareProblem has checked that the pins leave a seat for everyone.
    if (target < 0) throw new Error("placeOnPositions: no free seat; the pins were not checked");
    seated[target]! += 1;

    let at = target;
    while (cameFrom[at] !== -1) {
      const from = cameFrom[at]!;
      const moved = cameWith[at]!;
      const list = movable[from]!;
      list.splice(list.indexOf(moved), 1);
      movable[at]!.push(moved);
      positionOf[moved] = at;
      at = from;
    }
    movable[at]!.push(student);
    positionOf[student] = at;
  }
  return positionOf;
}
