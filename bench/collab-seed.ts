import { randomUUID } from "node:crypto";
import { issueCollabTicket } from "@/server/auth/collab-ticket";
import type { Db } from "@/server/db";
import { argumentDocumentName } from "@/server/domain/argument/document-name";

export type Seat = { userId: string; userName: string };
export type SeededDocument = { name: string; writers: Seat[] };

const hour = 3_600_000;

/**
 * One course with one published debate whose round is open, and one team per document with
 * `clients` students: the collab server then authorizes the benchmark's clients from the
 * database exactly as it does real ones.
 */
export async function seedDocuments(db: Db, documents: number, clients: number): Promise<SeededDocument[]> {
  const tag = randomUUID().slice(0, 8);
  const instructor = await db.user.create({ data: { email: `bench.instructor.${tag}@example.test`, name: "Bench Instructor" }, select: { id: true } });
  const course = await db.course.create({ data: { title: "Benchmark", joinCode: `B${tag}` }, select: { id: true } });
  const theory = await db.theory.create({ data: { courseId: course.id, key: "realism", name: "Realism", coreClaims: [], keyThinkers: [] }, select: { id: true } });
  const prompt = await db.prompt.create({
    data: { kind: "DEBATE", text: "A motion", status: "POSTED", case: { create: { courseId: course.id, slug: "bench", title: "Bench", periodStart: 2000, periodEnd: 2001 } } },
    select: { id: true },
  });
  const debate = await db.debate.create({
    data: { courseId: course.id, promptId: prompt.id, title: "Benchmark", status: "PUBLISHED", createdById: instructor.id },
    select: { id: true },
  });
  const round = await db.round.create({
    data: { debateId: debate.id, index: 0, name: "Opening", opensAt: new Date(Date.now() - hour), locksAt: new Date(Date.now() + 2 * hour) },
    select: { id: true },
  });

  const users = Array.from({ length: documents * clients }, (_, index) => ({ id: `bench-${tag}-${index}`, email: `bench.${tag}.${index}@example.test`, name: `Writer ${index}` }));
  await db.user.createMany({ data: users });
  await db.enrollment.createMany({ data: users.map((user) => ({ userId: user.id, courseId: course.id, role: "STUDENT" as const })) });

  const seeded: SeededDocument[] = [];
  for (let index = 0; index < documents; index++) {
    const team = await db.team.create({ data: { debateId: debate.id, theoryId: theory.id, index, name: `Team ${index}` }, select: { id: true } });
    const writers = users.slice(index * clients, (index + 1) * clients);
    await db.teamMember.createMany({ data: writers.map((user) => ({ debateId: debate.id, teamId: team.id, userId: user.id })) });
    seeded.push({
      name: argumentDocumentName({ debateId: debate.id, roundId: round.id, teamId: team.id }),
      writers: writers.map((user) => ({ userId: user.id, userName: user.name })),
    });
  }
  return seeded;
}

export function ticketFor(document: string, seat: Seat, secret: string): Promise<string> {
  return issueCollabTicket({ userId: seat.userId, userName: seat.userName, document, permission: "write" }, { secret });
}
