/**
 * The collab server with the database's rules: permissions checked at the upgrade and kept
 * current while connections last (a lock downgrades them live, on an event or on the clock).
 */
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { WebsocketProvider } from "y-websocket";
import { issueCollabTicket } from "@/server/auth/collab-ticket";
import { argumentDocumentName } from "@/server/domain/argument/document-name";
import { env } from "@/server/env";
import { loadDocument } from "@/server/services/collab/document-store";
import { publishCourseEvent } from "@/server/services/events/course-events";
import { makeDebateWorld, type DebateWorld } from "@/server/testing/debate-world";
import { callerFor, testDb } from "@/server/testing/world";
import { ticketAuthenticator } from "./access";
import { databaseAuthorizer } from "./database-access";
import { createPostgresStore } from "./postgres-store";
import { CLOSE_ACCESS_REVOKED, CLOSE_PERMISSION_CHANGED } from "./protocol";
import { courseRoundEvents } from "./round-events";
import { createCollabServer, type CollabServer } from "./server";
import { denials, sleep, TestClients, textOf, upgradeStatus, waitFor } from "./test-clients";

const quiet = () => undefined;
const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2 });
const store = createPostgresStore(testDb(), pool, { log: quiet });
let server: CollabServer;
let url: string;
const clients = new TestClients();
let world: DebateWorld;
let document: string;

beforeAll(async () => {
  server = createCollabServer({
    authenticate: ticketAuthenticator(),
    authorize: databaseAuthorizer(testDb()),
    store,
    roundEvents: courseRoundEvents(env().DATABASE_URL, quiet),
    log: quiet,
  });
  url = `ws://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
});

beforeEach(async () => {
  world = await makeDebateWorld();
  document = argumentDocumentName({ debateId: world.debate.id, roundId: world.openRound.id, teamId: world.realismTeam.id });
});

afterEach(() => clients.destroyAll());

afterAll(async () => {
  await server.close();
  await store.close();
  await pool.end();
});

type Person = "student" | "teammate" | "instructor" | "ta";

async function join(person: Person): Promise<WebsocketProvider> {
  const { ticket } = await callerFor(world[person]).collab.ticket({ courseId: world.course.id, documentName: document });
  return clients.join(url, document, ticket, { name: world[person].name });
}

/** A ticket with the app's real signature, as if the app had issued it wrongly (or been fooled). */
const signedTicket = (userId: string, permission: "read" | "write") =>
  issueCollabTicket({ userId, userName: "Someone", document, permission });

/**
 * The server handles a connection's messages in order, so once a presence change sent after
 * some edits has reached a witness, those edits have been handled (applied or dropped).
 */
async function handled(author: WebsocketProvider, witness: WebsocketProvider): Promise<void> {
  const marker = Math.random();
  author.awareness.setLocalStateField("marker", marker);
  await waitFor(() => witness.awareness.getStates().get(author.doc.clientID)?.marker === marker, "the author's presence to arrive");
}

const closeCodes = (provider: WebsocketProvider) => {
  const codes: number[] = [];
  provider.on("connection-close", (event) => codes.push(event?.code ?? 0));
  return codes;
};

const storedText = async () => {
  await sleep(100); // a flush is due within 50 ms
  return (await loadDocument(testDb(), document)).getText("body").toString();
};

describe("permissions from the database", () => {
  it("refuses genuine tickets the database does not back", async () => {
    // The other team while the round is open, and someone outside the course.
    expect(await upgradeStatus(`${url}/${encodeURIComponent(document)}?ticket=${await signedTicket(world.opponent.id, "write")}`)).toBe(403);
    expect(await upgradeStatus(`${url}/${encodeURIComponent(document)}?ticket=${await signedTicket(world.outsider.id, "read")}`)).toBe(404);
  });

  it("caps a write ticket at what the database allows: a TA's writes are dropped", async () => {
    const student = await join("student");
    const ta = await clients.join(url, document, await signedTicket(world.ta.id, "write"));
    student.doc.getText("body").insert(0, "ours");
    await waitFor(() => textOf(ta) === "ours", "the TA to read the team's text");

    ta.doc.getText("body").insert(0, "graded: ");
    await handled(ta, student);
    expect(textOf(student)).toBe("ours");
    expect(await storedText()).toBe("ours");
  });

  it("keeps a read ticket read-only even where the database would let its holder write", async () => {
    const student = await join("student");
    const teammate = await clients.join(url, document, await signedTicket(world.teammate.id, "read"));
    teammate.doc.getText("body").insert(0, "from a read ticket");
    await handled(teammate, student);
    expect(textOf(student)).toBe("");
    expect(await storedText()).toBe("");
  });

  it("downgrades open connections live when an instructor locks the round", async () => {
    const student = await join("student");
    const teammate = await join("teammate");
    student.doc.getText("body").insert(0, "before");
    await waitFor(() => textOf(teammate) === "before", "the teammate to see the text");

    await callerFor(world.instructor).round.act({ courseId: world.course.id, roundId: world.openRound.id, action: { type: "lockNow" } });
    await waitFor(() => denials.get(student)!.length > 0 && denials.get(teammate)!.length > 0, "both connections to be told they are read-only", 2_000);
    expect(denials.get(student)).toEqual(["read-only: this document can no longer be edited"]);

    student.doc.getText("body").insert(6, " after");
    teammate.doc.getText("body").insert(0, "too ");
    await handled(student, teammate);
    await handled(teammate, student);
    expect(textOf(teammate)).toBe("too before");
    expect(textOf(student)).toBe("before after");
    expect(await storedText()).toBe("before");
    // Still connected: readers keep receiving the document.
    expect(student.wsconnected).toBe(true);
  });

  it("locks on time with no event at all, from the round's deadline", async () => {
    const locksAt = new Date(Date.now() + 1_500);
    await testDb().round.update({ where: { id: world.openRound.id }, data: { locksAt } });
    const student = await join("student");
    const teammate = await join("teammate");
    student.doc.getText("body").insert(0, "in time");
    await waitFor(() => textOf(teammate) === "in time", "the teammate to see the text");

    await waitFor(() => denials.get(student)!.length > 0, "the lock", 3_000);
    const lateness = Date.now() - locksAt.getTime();
    expect(lateness).toBeGreaterThanOrEqual(0);
    expect(lateness).toBeLessThan(500);

    student.doc.getText("body").insert(7, ", too late");
    await handled(student, teammate);
    expect(textOf(teammate)).toBe("in time");
    expect(await storedText()).toBe("in time");
  });

  it("lets the team write again after the round is reopened, once clients reconnect", async () => {
    const student = await join("student");
    const teammate = await join("teammate");
    const studentCloses = closeCodes(student);
    const instructor = callerFor(world.instructor);
    await instructor.round.act({ courseId: world.course.id, roundId: world.openRound.id, action: { type: "lockNow" } });
    await waitFor(() => denials.get(student)!.length > 0, "the lock");

    const newLocksAt = new Date(Date.now() + 30 * 60_000);
    await instructor.round.act({ courseId: world.course.id, roundId: world.openRound.id, action: { type: "reopen", reason: "More time", newLocksAt } });
    await waitFor(() => studentCloses.includes(CLOSE_PERMISSION_CHANGED), "the server to ask the client to reconnect");
    await waitFor(() => student.synced && teammate.synced, "both clients to reconnect");

    student.doc.getText("body").insert(0, "again");
    await waitFor(() => textOf(teammate) === "again", "the teammate to see the new text");
    expect(await storedText()).toBe("again");
  });

  it("closes the connection of a student who is no longer on the team, at the next round event", async () => {
    const student = await join("student");
    const codes = closeCodes(student);
    await testDb().teamMember.deleteMany({ where: { teamId: world.realismTeam.id, userId: world.student.id } });
    await publishCourseEvent(testDb(), { courseId: world.course.id, type: "round", debateId: world.debate.id, roundId: world.openRound.id });
    await waitFor(() => codes.includes(CLOSE_ACCESS_REVOKED), "the connection to be closed for good");
  });
});
