import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { verifyCollabTicket } from "@/server/auth/collab-ticket";
import { argumentDocumentName } from "@/server/domain/argument/document-name";
import { env } from "@/server/env";
import { appendUpdates } from "@/server/services/collab/document-store";
import { makeDebateWorld, type DebateWorld } from "@/server/testing/debate-world";
import { errorOf } from "@/server/testing/errors";
import { callerFor, testDb } from "@/server/testing/world";

let world: DebateWorld;
beforeEach(async () => {
  world = await makeDebateWorld();
});

type Round = "votingRound" | "openRound" | "scheduledRound";
type Team = "realismTeam" | "liberalismTeam";
const documentOf = (round: Round, team: Team = "realismTeam") =>
  argumentDocumentName({ debateId: world.debate.id, roundId: world[round].id, teamId: world[team].id });

type Person = "student" | "teammate" | "opponent" | "instructor" | "ta";
const ticketFor = (person: Person, documentName: string) => callerFor(world[person]).collab.ticket({ courseId: world.course.id, documentName });

describe("collab.ticket", () => {
  it("gives the team a write ticket for its document while the round is open", async () => {
    const documentName = documentOf("openRound");
    const before = Date.now();
    const result = await ticketFor("student", documentName);

    expect(result.permission).toBe("write");
    expect(result.url).toBe(env().COLLAB_PUBLIC_URL);
    expect(result.expiresAt.getTime()).toBeGreaterThan(before + 55_000);
    expect(result.expiresAt.getTime()).toBeLessThanOrEqual(before + 61_000);
    await expect(verifyCollabTicket(result.ticket, documentName)).resolves.toEqual({
      userId: world.student.id,
      userName: world.student.name,
      document: documentName,
      permission: "write",
    });
    expect((await ticketFor("teammate", documentName)).permission).toBe("write");
  });

  it("lets the team only read before the round opens and after it locks", async () => {
    expect((await ticketFor("student", documentOf("scheduledRound"))).permission).toBe("read");
    expect((await ticketFor("student", documentOf("votingRound"))).permission).toBe("read");
  });

  it("lets instructors and TAs read, never write", async () => {
    for (const person of ["instructor", "ta"] as const) {
      for (const round of ["openRound", "votingRound", "scheduledRound"] as const) {
        expect((await ticketFor(person, documentOf(round))).permission).toBe("read");
      }
    }
  });

  it("refuses the other team while the round is open, and says why", async () => {
    const error = await errorOf(ticketFor("opponent", documentOf("openRound")));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe("Other teams' arguments stay hidden until the round locks");
  });

  it("lets the other team read after the lock only when the debate reveals arguments", async () => {
    expect((await ticketFor("opponent", documentOf("votingRound"))).permission).toBe("read");

    await testDb().debate.update({ where: { id: world.debate.id }, data: { revealAfterLock: false } });
    expect((await errorOf(ticketFor("opponent", documentOf("votingRound")))).code).toBe("FORBIDDEN");
  });

  it("knows nothing of documents that do not exist or belong to another course", async () => {
    const elsewhere = await makeDebateWorld();
    const foreign = argumentDocumentName({ debateId: elsewhere.debate.id, roundId: elsewhere.openRound.id, teamId: elsewhere.realismTeam.id });
    const mixed = argumentDocumentName({ debateId: world.debate.id, roundId: elsewhere.openRound.id, teamId: world.realismTeam.id });
    const strangerTeam = argumentDocumentName({ debateId: world.debate.id, roundId: world.openRound.id, teamId: elsewhere.realismTeam.id });

    for (const documentName of [foreign, mixed, strangerTeam, "argument:nope:nope:nope", "notes:anything", "essay-1"]) {
      expect((await errorOf(ticketFor("instructor", documentName))).code, documentName).toBe("NOT_FOUND");
    }
  });
});

describe("collab.contributions", () => {
  /** Alice's words and then Tara's edit, as the collab server would have logged them. */
  async function writeTogether(documentName: string) {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    doc.clientID = 101;
    doc.getText("body").insert(0, "Power balances power.");
    doc.clientID = 202;
    doc.getText("body").delete(0, 6);
    doc.getText("body").insert(0, "Force ");
    await appendUpdates(
      testDb(),
      [
        { documentName, data: updates[0]!, userId: world.student.id },
        { documentName, data: Y.mergeUpdates(updates.slice(1)), userId: world.teammate.id },
      ],
      [
        { documentName, clientId: 101, userId: world.student.id },
        { documentName, clientId: 202, userId: world.teammate.id },
      ],
    );
  }

  it("tells the team who wrote what", async () => {
    const documentName = documentOf("openRound");
    await writeTogether(documentName);
    const rows = await callerFor(world.student).collab.contributions({ courseId: world.course.id, documentName });
    expect(rows).toEqual([
      { userId: world.student.id, name: world.student.name, insertedCharacters: 15, deletedCharacters: 0, activeMinutes: 1 },
      { userId: world.teammate.id, name: world.teammate.name, insertedCharacters: 6, deletedCharacters: 6, activeMinutes: 1 },
    ]);
  });

  it("lists every team member, with zeros for those who have not written", async () => {
    const rows = await callerFor(world.teammate).collab.contributions({ courseId: world.course.id, documentName: documentOf("openRound") });
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => [row.name, row.insertedCharacters, row.deletedCharacters, row.activeMinutes])).toEqual(
      expect.arrayContaining([
        [world.student.name, 0, 0, 0],
        [world.teammate.name, 0, 0, 0],
      ]),
    );
  });

  it("lets staff read it for grading", async () => {
    const documentName = documentOf("votingRound");
    await writeTogether(documentName);
    for (const person of ["instructor", "ta"] as const) {
      const rows = await callerFor(world[person]).collab.contributions({ courseId: world.course.id, documentName });
      expect(rows.map((row) => row.insertedCharacters)).toEqual([15, 6]);
    }
  });

  it("refuses other students, even those who may read the argument itself", async () => {
    const input = { courseId: world.course.id, documentName: documentOf("votingRound") };
    expect((await ticketFor("opponent", input.documentName)).permission).toBe("read");
    expect((await errorOf(callerFor(world.opponent).collab.contributions(input))).code).toBe("FORBIDDEN");
    expect((await errorOf(callerFor(world.opponent).collab.contributions({ ...input, documentName: documentOf("openRound") }))).code).toBe("FORBIDDEN");
  });
});
