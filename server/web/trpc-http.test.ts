import { createServer, request as httpRequest, type Server } from "node:http";
import { connect } from "node:net";
import { encode } from "next-auth/jwt";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/server/env";
import { makeCourse, makeUser, testDb } from "@/server/testing/world";
import { createTrpcHttpHandler } from "./trpc-http";

const MAX_BODY = 4_096;
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer(createTrpcHttpHandler({ db: testDb, maxBodyBytes: MAX_BODY }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const sessionCookie = async (user: { id: string; name: string; email: string }) =>
  `next-auth.session-token=${await encode({ token: { sub: user.id, name: user.name, email: user.email }, secret: env().NEXTAUTH_SECRET })}`;

const query = (path: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`, { headers });

const mutate = (path: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(superjson.serialize(input)) });

/** A raw HTTP/1.1 exchange: what a client that lies about or streams its body sends. */
function rawExchange(head: string, body: Buffer | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(origin).port), "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
    socket.on("close", () => resolve(answer));
    socket.on("error", (error) => (answer ? resolve(answer) : reject(error)));
    socket.write(head);
    if (body) socket.write(body, () => undefined);
  });
}

describe("tRPC over the web server's HTTP handler", () => {
  it("answers queries, single and batched, as the signed-in user", async () => {
    const student = await makeUser("Http Student");
    const course = await makeCourse([{ user: student, role: "STUDENT" }], "Http course");
    const cookie = await sessionCookie(student);

    const single = await query("course.get", { courseId: course.id }, { cookie });
    expect(single.status).toBe(200);
    expect(superjson.deserialize((await single.json()).result.data)).toMatchObject({ id: course.id, title: "Http course" });

    const batchInput = { 0: superjson.serialize({ courseId: course.id }), 1: superjson.serialize(undefined) };
    const batched = await fetch(`${origin}/api/trpc/course.get,course.list?batch=1&input=${encodeURIComponent(JSON.stringify(batchInput))}`, { headers: { cookie } });
    expect(batched.status).toBe(200);
    const [get, list] = (await batched.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } }[];
    expect(superjson.deserialize(get!.result.data)).toMatchObject({ id: course.id });
    expect(superjson.deserialize(list!.result.data)).toEqual([expect.objectContaining({ id: course.id })]);
  });

  it("runs mutations, and keeps the access rules: signed out is 401, another course 403", async () => {
    const [instructor, outsider] = await Promise.all([makeUser("Http Instructor"), makeUser("Http Outsider")]);
    const created = await mutate("course.create", { title: "Made over HTTP" }, { cookie: await sessionCookie(instructor) });
    expect(created.status).toBe(200);
    const { id } = superjson.deserialize<{ id: string }>((await created.json()).result.data);
    expect(await testDb().enrollment.findFirst({ where: { courseId: id, userId: instructor.id }, select: { role: true } })).toEqual({ role: "INSTRUCTOR" });

    const signedOut = await query("course.get", { courseId: id });
    expect(signedOut.status).toBe(401);
    expect((await signedOut.json()).error.json.message).toBe("Please sign in");
    const foreign = await query("course.get", { courseId: id }, { cookie: await sessionCookie(outsider) });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.json.message).toBe("You are not a member of this course");
  });

  it("names the field of bad input, refuses a forged session, and a mutation sent as a query", async () => {
    const instructor = await makeUser("Http Validator");
    const cookie = await sessionCookie(instructor);
    const invalid = await mutate("course.create", { title: "" }, { cookie });
    expect(invalid.status).toBe(400);
    const { error } = await invalid.json();
    expect(error.json.data.fieldErrors).toEqual({ title: expect.stringContaining("Title") });

    const forged = await query("course.list", undefined, { cookie: `${cookie.slice(0, -4)}AAAA` });
    expect(forged.status).toBe(401);
    const wrongMethod = await query("course.create", { title: "Sneaky" }, { cookie });
    expect(wrongMethod.status).toBe(405);
  });

  it("refuses a body declared too large without reading it, and closes the connection", async () => {
    // Only the head is sent: the answer must come without the body ever arriving.
    const answer = await rawExchange(`POST /api/trpc/course.create HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${MAX_BODY + 1}\r\n\r\n`, undefined);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain(`"message":"The request is larger than ${MAX_BODY} bytes"`);
  });

  it("stops a streamed body without a length once it passes the limit", async () => {
    const chunk = Buffer.alloc(MAX_BODY, "x");
    const chunked = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n"), Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n0\r\n\r\n")]);
    const answer = await rawExchange(`POST /api/trpc/course.create HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`, chunked);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    const created = await testDb().course.count({ where: { title: "x".repeat(10) } });
    expect(created).toBe(0);
  });

  it("reads a body streamed in pieces that split a character, byte for byte", async () => {
    const instructor = await makeUser("Http Chunked");
    const title = "Ελληνικά και 日本語 — a title";
    const body = Buffer.from(JSON.stringify(superjson.serialize({ title })));
    // Cut inside the first Greek letter's two bytes.
    const cut = body.indexOf(Buffer.from("Ε")) + 1;
    const chunk = (part: Buffer) => Buffer.concat([Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from("\r\n")]);
    const chunked = Buffer.concat([chunk(body.subarray(0, cut)), chunk(body.subarray(cut)), Buffer.from("0\r\n\r\n")]);
    const head = `POST /api/trpc/course.create HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncookie: ${await sessionCookie(instructor)}\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n`;
    const answer = await rawExchange(head, chunked);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(await testDb().course.count({ where: { title, enrollments: { some: { userId: instructor.id } } } })).toBe(1);
  });

  it("streams a subscription (SSE) as it happens instead of waiting for it to end", async () => {
    const user = await makeUser("Http Listener");
    const cookie = await sessionCookie(user);
    const firstChunk = await new Promise<{ status: number; type: string | undefined; text: string }>((resolve, reject) => {
      const outgoing = httpRequest(`${origin}/api/trpc/notification.events`, { headers: { cookie, accept: "text/event-stream" } }, (incoming) => {
        incoming.once("data", (chunk: Buffer) => {
          resolve({ status: incoming.statusCode ?? 0, type: incoming.headers["content-type"], text: chunk.toString("utf8") });
          // The client leaves: the server must end the stream (its abort signal stops the listener).
          outgoing.destroy();
        });
      });
      outgoing.on("error", (error) => (error.message.includes("socket hang up") ? undefined : reject(error)));
      outgoing.end();
    });
    expect(firstChunk.status).toBe(200);
    expect(firstChunk.type).toMatch(/^text\/event-stream/);
    expect(firstChunk.text).toContain("connected");
  });
});
