import { beforeEach, describe, expect, it } from "vitest";
import { paragraphDoc } from "@/server/domain/seminar/rich-text";
import { makePost, makeSeminarThread } from "@/server/services/seminar/testing/seminar-world";
import { errorOf } from "@/server/testing/errors";
import { callerFor, makeUser, makeWorld, testDb, type World } from "@/server/testing/world";

let world: World;
let peer: Awaited<ReturnType<typeof makeUser>>;

beforeEach(async () => {
  world = await makeWorld();
  peer = await makeUser("Pia Peer");
  await testDb().enrollment.create({ data: { userId: peer.id, courseId: world.course.id, role: "STUDENT" } });
});

const as = (user: { id: string; email: string; name: string }) => callerFor(user).seminar;
const postCount = (threadId: string) => testDb().post.count({ where: { threadId } });

describe("threads", () => {
  it("creates one thread per posted SEMINAR prompt when listed, once, with counts", async () => {
    const prompt = await testDb().prompt.create({
      data: { caseId: world.case.id, kind: "SEMINAR", text: "Why did NATO act?", status: "POSTED", postedAt: new Date() },
      select: { id: true },
    });
    const [first] = await Promise.all([as(world.student).list({ courseId: world.course.id }), as(world.instructor).list({ courseId: world.course.id })]);
    const thread = first.find((item) => item.promptId === prompt.id)!;
    expect(thread).toMatchObject({ title: "Why did NATO act?", state: "OPEN", postCount: 0, unreadCount: 0 });
    expect(await testDb().thread.count({ where: { promptId: prompt.id } })).toBe(1);
    // The draft SEMINAR prompt of the world gets no thread, so students cannot find it.
    expect(first.map((item) => item.title)).not.toContain("A draft question students must not see.");

    await makePost(world, { threadId: thread.id, author: peer });
    const [mine] = (await as(world.student).list({ courseId: world.course.id })).filter((item) => item.id === thread.id);
    expect(mine).toMatchObject({ postCount: 1, unreadCount: 1 });
    await as(world.student).markRead({ courseId: world.course.id, threadId: thread.id });
    const [read] = (await as(world.student).list({ courseId: world.course.id })).filter((item) => item.id === thread.id);
    expect(read).toMatchObject({ postCount: 1, unreadCount: 0 });
  });

  it("lets instructors open a thread on a case and lock it; foreign cases are not found", async () => {
    const { id } = await as(world.instructor).openThread({ courseId: world.course.id, caseId: world.case.id, title: "Open questions" });
    await as(world.ta).updateThread({ courseId: world.course.id, threadId: id, isLocked: true });
    const error = await errorOf(as(world.student).post({ courseId: world.course.id, threadId: id, body: paragraphDoc("Late") }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toContain("locked");
    expect((await errorOf(as(world.instructor).openThread({ courseId: world.course.id, caseId: world.otherCase.id, title: "x" }))).code).toBe("NOT_FOUND");
    const bad = await errorOf(
      as(world.instructor).openThread({ courseId: world.course.id, caseId: world.case.id, title: "x", opensAt: new Date(2_000), closesAt: new Date(1_000) }),
    );
    expect(bad.message).toContain("after the opening time");
  });

  it("lists one case's threads, on the case and on its seminar prompts, for the case's page", async () => {
    const promptThread = await makeSeminarThread(world);
    const { id: caseThread } = await as(world.instructor).openThread({ courseId: world.course.id, caseId: world.case.id, title: "On the case" });
    const elsewhere = await testDb().case.create({ data: { courseId: world.course.id, slug: `elsewhere-${caseThread}`, title: "Elsewhere", periodStart: 2001, periodEnd: 2002 } });
    await as(world.instructor).openThread({ courseId: world.course.id, caseId: elsewhere.id, title: "On another case" });
    const onCase = await as(world.student).list({ courseId: world.course.id, caseId: world.case.id });
    expect(onCase.map((thread) => thread.id).sort()).toEqual([promptThread.id, caseThread].sort());
    expect((await as(world.student).list({ courseId: world.course.id })).map((thread) => thread.title)).toContain("On another case");
  });
});

describe("posts", () => {
  it("stores rich text, nests replies three levels deep and flattens deeper ones", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    const root = await as(world.student).post({ courseId: world.course.id, threadId, body: paragraphDoc("Root"), theoryId: world.theory.id });
    let parentId = root.id;
    for (const [index, author] of [peer, world.student, peer, world.student].entries()) {
      parentId = (await makePost(world, { threadId, author, parentId, text: `Reply ${index + 1}` })).id;
    }
    const thread = await as(world.student).thread({ courseId: world.course.id, threadId });
    const top = thread.posts[0]!;
    expect(top.post.theory?.name).toBe("Realism");
    const level3 = top.replies[0]!.replies[0]!;
    expect(level3.replies.map((node) => [node.post.depth, node.replyingTo])).toEqual([
      [3, null],
      [4, "Pia Peer"],
    ]);
    const stored = await testDb().post.findUniqueOrThrow({ where: { id: root.id }, select: { body: true, wordCount: true } });
    expect(stored).toEqual({ body: paragraphDoc("Root"), wordCount: 1 });
  });

  it("refuses bad input and stores nothing", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    const other = await makeSeminarThread(world);
    const elsewhere = await makePost(world, { threadId: other.id, author: peer });
    const call = (input: Record<string, unknown>) => errorOf(as(world.student).post({ courseId: world.course.id, threadId, body: paragraphDoc("Fine"), ...input } as never));
    expect((await call({ body: paragraphDoc("") })).message).toContain("Write something");
    expect((await call({ body: paragraphDoc("x ".repeat(10_001)) })).message).toContain("too long");
    expect((await call({ body: paragraphDoc("<script>alert(1)</script>") })).code).toBe("BAD_REQUEST");
    expect((await call({ body: { type: "doc", content: [{ type: "paragraph", attrs: { onmouseover: "x" } }] } })).message).toContain("onmouseover");
    expect((await call({ body: { type: "doc", content: [{ type: "iframe" }] } })).message).toContain('"iframe" is not allowed');
    expect((await call({ parentId: elsewhere.id })).message).toContain("not in this thread");
    expect((await call({ theoryId: "no-such-theory" })).message).toContain("not part of this course");
    expect((await call({ quote: { kind: "source", sourceIndex: 5, text: "" } })).message).toContain("not one of this case's sources");
    expect(await postCount(threadId)).toBe(0);

    const closed = await makeSeminarThread(world, { closesAt: new Date(Date.now() - 1_000) });
    const closedError = await errorOf(as(world.student).post({ courseId: world.course.id, threadId: closed.id, body: paragraphDoc("Too late") }));
    expect([closedError.code, closedError.message]).toEqual(["PRECONDITION_FAILED", "This thread is closed: posts can no longer be added or changed"]);

    const foreign = await errorOf(callerFor(world.outsider).seminar.post({ courseId: world.otherCourse.id, threadId, body: paragraphDoc("Hi") }));
    expect(foreign.code).toBe("NOT_FOUND");
  });

  it("quotes a case source or a thesis passage", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    await as(world.student).post({ courseId: world.course.id, threadId, body: paragraphDoc("Cited"), quote: { kind: "source", sourceIndex: 0, text: "page 4" } });
    await as(world.student).post({ courseId: world.course.id, threadId, body: paragraphDoc("Thesis"), quote: { kind: "thesis", label: "Chapter II", text: "Power shifted." } });
    const thread = await as(world.student).thread({ courseId: world.course.id, threadId });
    expect(thread.posts.map((node) => node.post.quote)).toEqual([
      { kind: "source", label: "Author, A book (2001)", text: "page 4" },
      { kind: "thesis", label: "Chapter II", text: "Power shifted." },
    ]);
  });

  it("keeps history on edit, refuses other people's edits and leaves a tombstone on delete", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    const post = await makePost(world, { threadId, author: world.student, text: "First version" });
    const reply = await makePost(world, { threadId, author: peer, parentId: post.id });
    await as(world.student).edit({ courseId: world.course.id, postId: post.id, body: paragraphDoc("Second version") });
    const history = await as(world.student).history({ courseId: world.course.id, postId: post.id });
    expect(history.map((revision) => revision.body)).toEqual([paragraphDoc("First version")]);

    const error = await errorOf(as(peer).edit({ courseId: world.course.id, postId: post.id, body: paragraphDoc("Mine now") }));
    expect([error.code, error.message]).toEqual(["PRECONDITION_FAILED", "Only its author can change a post"]);
    expect((await errorOf(as(peer).delete({ courseId: world.course.id, postId: post.id }))).code).toBe("PRECONDITION_FAILED");

    await as(world.student).delete({ courseId: world.course.id, postId: post.id });
    const thread = await as(peer).thread({ courseId: world.course.id, threadId });
    expect(thread.posts[0]!.post).toMatchObject({ status: "deleted", body: null, authorName: "Deleted post" });
    expect(thread.posts[0]!.replies.map((node) => node.post.id)).toEqual([reply.id]);
  });
});

describe("visibility", () => {
  it("shows peers' posts only after the student has posted, and hides names when anonymous", async () => {
    const { id: threadId } = await makeSeminarThread(world, { requirePostBeforeView: true, anonymousToPeers: true });
    await makePost(world, { threadId, author: peer, text: "Peer view" });
    const before = await as(world.student).thread({ courseId: world.course.id, threadId });
    expect(before).toMatchObject({ mustPostFirst: true, posts: [] });

    const staffView = await as(world.ta).thread({ courseId: world.course.id, threadId });
    expect(staffView.posts[0]!.post.authorName).toBe("Pia Peer");

    await as(world.student).post({ courseId: world.course.id, threadId, body: paragraphDoc("My view") });
    const after = await as(world.student).thread({ courseId: world.course.id, threadId });
    expect(after.mustPostFirst).toBe(false);
    expect(after.posts.map((node) => [node.post.authorName, node.post.authorId])).toEqual([
      ["Anonymous student", null],
      ["Sam Student", world.student.id],
    ]);
  });

  it("sorts, filters by theory and pages top-level posts", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    const first = await makePost(world, { threadId, author: peer, text: "first" });
    const second = await makePost(world, { threadId, author: peer, text: "second" });
    await makePost(world, { threadId, author: world.student, parentId: second.id });
    await testDb().post.update({ where: { id: first.id }, data: { theoryId: world.theory.id } });
    const read = (input: object) => as(world.student).thread({ courseId: world.course.id, threadId, ...input });
    expect((await read({ sort: "newest" })).posts.map((node) => node.post.id)).toEqual([second.id, first.id]);
    expect((await read({ sort: "mostReplied" })).posts.map((node) => node.post.id)).toEqual([second.id, first.id]);
    expect((await read({ sort: "oldest" })).posts.map((node) => node.post.id)).toEqual([first.id, second.id]);
    expect((await read({ theoryId: world.theory.id })).posts.map((node) => node.post.id)).toEqual([first.id]);
    expect(await read({ page: 1 })).toMatchObject({ posts: [], totalTopLevel: 2, pageCount: 1 });
  });

  it("marks posts new since the last visit", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    await makePost(world, { threadId, author: peer, text: "old" });
    await as(world.student).markRead({ courseId: world.course.id, threadId });
    await makePost(world, { threadId, author: peer, text: "new" });
    const thread = await as(world.student).thread({ courseId: world.course.id, threadId });
    expect(thread.posts.map((node) => node.post.isNew)).toEqual([false, true]);
  });
});

describe("moderation", () => {
  it("pins, endorses and hides with a reason the author sees", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    await makePost(world, { threadId, author: peer, text: "earlier" });
    const post = await makePost(world, { threadId, author: world.student, text: "later" });
    await as(world.instructor).pin({ courseId: world.course.id, postId: post.id, isPinned: true });
    await as(world.instructor).endorse({ courseId: world.course.id, postId: post.id, isEndorsed: true });
    const pinned = await as(peer).thread({ courseId: world.course.id, threadId });
    expect(pinned.posts[0]!.post).toMatchObject({ id: post.id, isPinned: true, isEndorsed: true });

    await as(world.ta).hide({ courseId: world.course.id, postId: post.id, reason: "Personal attack" });
    const peerView = await as(peer).thread({ courseId: world.course.id, threadId });
    expect(peerView.posts.find((node) => node.post.id === post.id)!.post).toMatchObject({ status: "hidden", body: null, hiddenReason: null });
    const authorView = await as(world.student).thread({ courseId: world.course.id, threadId });
    expect(authorView.posts.find((node) => node.post.id === post.id)!.post).toMatchObject({ status: "hidden", hiddenReason: "Personal attack" });
    const { items } = await callerFor(world.student).notification.list();
    expect(items[0]).toMatchObject({ kind: "POST_HIDDEN", href: `/courses/${world.course.id}/seminars/${threadId}#post-${post.id}` });
    expect(items[0]!.title).toContain("Personal attack");
  });

  it("takes one report per reader and lets staff resolve it", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    const post = await makePost(world, { threadId, author: peer });
    await as(world.student).report({ courseId: world.course.id, postId: post.id, reason: "Insulting" });
    const again = await errorOf(as(world.student).report({ courseId: world.course.id, postId: post.id, reason: "Still insulting" }));
    expect([again.code, again.message]).toEqual(["CONFLICT", "You have already reported this post"]);
    const queue = await as(world.instructor).reports({ courseId: world.course.id });
    expect(queue.map((report) => [report.reason, report.post.id])).toEqual([["Insulting", post.id]]);
    await as(world.instructor).resolveReport({ courseId: world.course.id, reportId: queue[0]!.id });
    expect(await as(world.instructor).reports({ courseId: world.course.id })).toEqual([]);
  });
});

describe("notifications", () => {
  it("tells authors about replies and members about @mentions, and marks them read", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    const post = await makePost(world, { threadId, author: world.student });
    const reply = await makePost(world, { threadId, author: peer, parentId: post.id, text: "I disagree, @Sam Student. Ask @Ida Instructor." });
    const student = callerFor(world.student).notification;
    const { items, unreadCount } = await student.list();
    expect(unreadCount).toBe(1);
    expect(items[0]).toMatchObject({ kind: "REPLY", title: "Pia Peer replied to your post in “Was Kosovo a turning point?”" });
    const instructorItems = (await callerFor(world.instructor).notification.list()).items;
    expect(instructorItems.map((item) => item.kind)).toEqual(["MENTION"]);

    // An edit tells only members it newly mentions.
    await as(peer).edit({ courseId: world.course.id, postId: reply.id, body: paragraphDoc("I disagree, @Sam Student. Ask @Ida Instructor and @Tom Assistant.") });
    expect((await callerFor(world.instructor).notification.list()).items).toHaveLength(1);
    expect((await callerFor(world.ta).notification.list()).items.map((item) => item.kind)).toEqual(["MENTION"]);

    await student.markRead({ notificationId: items[0]!.id });
    expect(await student.unreadCount()).toBe(0);
    expect((await errorOf(callerFor(peer).notification.markRead({ notificationId: items[0]!.id }))).code).toBe("NOT_FOUND");
  });
});

describe("participation", () => {
  it("counts posts, replies received and words per student", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    const post = await makePost(world, { threadId, author: world.student, text: "one two three" });
    await makePost(world, { threadId, author: peer, parentId: post.id, text: "four five" });
    const figures = await as(world.instructor).participation({ courseId: world.course.id });
    expect(figures.map(({ name, posts, replies, repliesReceived, words }) => ({ name, posts, replies, repliesReceived, words }))).toEqual([
      { name: "Pia Peer", posts: 1, replies: 1, repliesReceived: 0, words: 2 },
      { name: "Sam Student", posts: 1, replies: 0, repliesReceived: 1, words: 3 },
    ]);
  });
});

describe("large threads", () => {
  it("reads a page of a 1,000-post thread quickly", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    const body = paragraphDoc("A post among many");
    const base = Date.now() - 10_000_000;
    const roots = Array.from({ length: 1_000 }, (_, index) => ({
      id: `bulk-${threadId}-${index}`,
      threadId,
      authorId: index % 2 ? peer.id : world.student.id,
      body,
      plainText: "A post among many",
      wordCount: 4,
      createdAt: new Date(base + index * 1_000),
    }));
    await testDb().post.createMany({ data: roots });
    await testDb().post.createMany({
      data: roots.slice(0, 500).map((root, index) => ({ ...root, id: `${root.id}-reply`, parentId: root.id, depth: 1, createdAt: new Date(base + index * 1_000 + 500) })),
    });
    const started = performance.now();
    const thread = await as(world.student).thread({ courseId: world.course.id, threadId, sort: "mostReplied", page: 3 });
    const elapsed = performance.now() - started;
    expect(thread).toMatchObject({ totalTopLevel: 1_000, pageCount: 20, page: 3 });
    expect(thread.posts).toHaveLength(50);
    expect(thread.posts.every((node) => node.replies.length === 1)).toBe(true);
    expect(elapsed).toBeLessThan(1_500);
  });

  it("a new post while a reader is on page 1 keeps the pages whole: it adds a page oldest-first, shifts one post newest-first", async () => {
    const { id: threadId } = await makeSeminarThread(world);
    const base = Date.now() - 1_000_000;
    await testDb().post.createMany({
      data: Array.from({ length: 50 }, (_, index) => ({
        id: `page-${threadId}-${index}`,
        threadId,
        authorId: peer.id,
        body: paragraphDoc(`Post ${index}`),
        plainText: `Post ${index}`,
        wordCount: 2,
        createdAt: new Date(base + index * 1_000),
      })),
    });
    const read = (sort: "oldest" | "newest", page: number) => as(world.student).thread({ courseId: world.course.id, threadId, sort, page });
    const before = await read("oldest", 0);
    expect(before).toMatchObject({ totalTopLevel: 50, pageCount: 1 });

    const live = await makePost(world, { threadId, author: peer, text: "The live one" });
    const oldestFirst = await read("oldest", 0);
    expect(oldestFirst).toMatchObject({ totalTopLevel: 51, pageCount: 2 });
    expect(oldestFirst.posts.map((node) => node.post.id)).toEqual(before.posts.map((node) => node.post.id));
    expect((await read("oldest", 1)).posts.map((node) => node.post.id)).toEqual([live.id]);

    const [newestFirst, newestSecond] = [await read("newest", 0), await read("newest", 1)];
    expect(newestFirst.posts[0]?.post.id).toBe(live.id);
    expect(newestFirst.posts).toHaveLength(50);
    expect(newestSecond.posts.map((node) => node.post.id)).toEqual([`page-${threadId}-0`]);
  });
});
