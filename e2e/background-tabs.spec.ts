import { expect, test, type Page } from "@playwright/test";
import { demoCourseId, demoInstructor, demoStudent } from "./support/accounts";
import { expectNoHydrationErrors, watchedPageFor } from "./support/hydration";
import { writePost } from "./support/posts";

/** A page's live streams (tRPC subscriptions over SSE), open or ended. */
function trackStreams(page: Page) {
  const open = new Set<string>();
  let started = 0;
  const isStream = (url: string) => /\/api\/trpc\/[a-z]+\.events\b/.test(url);
  page.on("request", (request) => {
    if (!isStream(request.url())) return;
    open.add(request.url());
    started += 1;
  });
  const end = (url: string) => open.delete(url);
  page.on("requestfailed", (request) => end(request.url()));
  page.on("requestfinished", (request) => end(request.url()));
  return { open: () => open.size, started: () => started };
}

/** Chromium keeps an automated page visible: tell the page what a browser says when its tab is hidden or shown. */
async function setTabHidden(page: Page, isHidden: boolean) {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event("visibilitychange"));
  }, isHidden);
}

test("a hidden tab lets go of its live streams, and catches up when shown again", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Background tabs ${Date.now()}`;
  const hydrationErrors: string[] = [];

  const instructor = await watchedPageFor(browser, demoInstructor, hydrationErrors);
  await instructor.goto(`/courses/${demoCourseId}/seminars`);
  await instructor.getByText("Open a thread on a case").filter({ visible: true }).click();
  await instructor.getByRole("textbox", { name: "Thread title" }).fill(title);
  await instructor.getByRole("button", { name: "Open thread" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const threadUrl = instructor.url();

  // The author reads the thread with its live posts and bell: two streams.
  const author = await watchedPageFor(browser, demoStudent(3), hydrationErrors);
  const streams = trackStreams(author);
  await author.goto(threadUrl);
  await writePost(author, "Your post", "Sanctions changed nothing in Moscow.", "Post");
  await expect(author.getByText("Sanctions changed nothing in Moscow.").filter({ visible: true })).toBeVisible();
  await expect.poll(streams.open).toBe(2);
  const authorName = (await author.getByTestId("current-user-name").innerText()).trim();

  // Hidden for longer than the grace period: both streams close, freeing their connections.
  await setTabHidden(author, true);
  await expect.poll(streams.open, { timeout: 15_000 }).toBe(0);
  const startedBefore = streams.started();

  // Meanwhile a classmate replies: a new post and a notification the hidden tab does not hear.
  const classmate = await watchedPageFor(browser, demoStudent(4), hydrationErrors);
  await classmate.goto(threadUrl);
  await classmate.getByRole("article", { name: authorName, exact: true }).getByRole("button", { name: "Reply" }).click();
  await writePost(classmate, `Your reply to ${authorName}`, "They changed the elite's calculus.", "Post reply");
  await expect(classmate.getByText("They changed the elite's calculus.").filter({ visible: true })).toBeVisible();
  const classmateName = (await classmate.getByTestId("current-user-name").innerText()).trim();

  // Shown again: the streams reopen and the page catches up at once, not at the next poll.
  await setTabHidden(author, false);
  await expect.poll(streams.open, { timeout: 10_000 }).toBe(2);
  expect(streams.started()).toBe(startedBefore + 2);
  await expect(author.getByText("They changed the elite's calculus.").filter({ visible: true })).toBeVisible({ timeout: 10_000 });
  await author.getByLabel(/^Notifications/).filter({ visible: true }).click();
  await expect(author.getByRole("link", { name: `Unread: ${classmateName} replied to your post in “${title}”` })).toBeVisible({ timeout: 10_000 });
  expectNoHydrationErrors(hydrationErrors);
});
