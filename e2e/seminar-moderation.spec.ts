import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoCourseId, demoInstructor, demoStudent } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expectNoHydrationErrors, watchedPageFor } from "./support/hydration";
import { waitForHydration } from "./support/page-health";

const seminarsPath = `/courses/${demoCourseId}/seminars`;

/** Streamed sections keep a hidden copy for a moment: look only at what is shown. */
const shown = (scope: Page | Locator, text: string) => scope.getByText(text).filter({ visible: true });
const post = (page: Page, author: string) => page.getByRole("article", { name: author, exact: true });
/** Controls clicked before React hydrates them do nothing: wait for the thread's view (or `selector`). */
async function gotoHydrated(page: Page, url: string | null, selector = "#posts-heading") {
  if (url === null) await page.reload();
  else await page.goto(url);
  await waitForHydration(page, selector);
}
const nameOf = async (page: Page) => (await page.getByTestId("current-user-name").innerText()).trim();

async function writePost(page: Page, text: string) {
  const editor = page.getByRole("textbox", { name: "Your post" });
  await editor.click();
  await editor.pressSequentially(text);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(shown(page, text)).toBeVisible();
}

/** The instructor opens a plain thread on the first case; returns its address and the case's title. */
async function openThread(instructor: Page, title: string) {
  await gotoHydrated(instructor, seminarsPath, "#main-content details");
  await shown(instructor, "Open a thread on a case").click();
  const caseSelect = instructor.locator("label", { hasText: /^Case/ }).locator("select").filter({ visible: true });
  const caseTitle = (await caseSelect.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text ?? "")).trim();
  await instructor.getByRole("textbox", { name: "Thread title" }).fill(title);
  await instructor.getByRole("button", { name: "Open thread" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return { threadUrl: instructor.url(), caseTitle };
}

/** Opens the bell and waits for a notification, with no reload: it has to arrive live. */
async function expectNotification(page: Page, text: string) {
  await page.getByLabel(/^Notifications/).filter({ visible: true }).click();
  await expect(page.getByRole("link", { name: `Unread: ${text}` })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel(/^Notifications/).filter({ visible: true }).click();
}

test("a reported post reaches the staff queue; staff resolve one report and hide the other post", async ({ browser }) => {
  test.setTimeout(180_000);
  const hydrationErrors: string[] = [];
  const signedIn = (email: string) => watchedPageFor(browser, email, hydrationErrors);
  const title = `Who moved first? ${Date.now()}`;

  const instructor = await signedIn(demoInstructor);
  const { threadUrl } = await openThread(instructor, title);
  const author = await signedIn(demoStudent(3));
  await gotoHydrated(author, threadUrl);
  await writePost(author, "Moscow never had a say in enlargement.");
  const other = await signedIn(demoStudent(4));
  await gotoHydrated(other, threadUrl);
  await writePost(other, "Enlargement was asked for by the new democracies.");
  const [authorName, otherName] = [await nameOf(author), await nameOf(other)];

  // ---- A third student reports both posts ---------------------------------------------------
  const reporter = await signedIn(demoStudent(5));
  await gotoHydrated(reporter, threadUrl);
  for (const [name, reason] of [
    [authorName, "This is a slogan, not an argument"],
    [otherName, "Off topic for this thread"],
  ] as const) {
    const reported = post(reporter, name);
    await reported.getByRole("button", { name: "Report" }).click();
    await reported.getByLabel("Why are you reporting this post?").filter({ visible: true }).fill(reason);
    await reported.getByRole("button", { name: "Send report" }).click();
    await expect(shown(reported, "Reported. Staff will review it.")).toBeVisible();
  }
  await expectAccessible(reporter);

  // ---- Both land in the instructor's queue ---------------------------------------------------
  await instructor.goto(`${seminarsPath}/reports`);
  await expect(instructor.getByRole("heading", { level: 1, name: "Reported posts" })).toBeVisible();
  const reportOn = (name: string) => instructor.getByRole("listitem").filter({ hasText: `reported a post by ${name} in “${title}”` });
  await expect(reportOn(authorName)).toContainText("This is a slogan, not an argument");
  await expect(reportOn(authorName)).toContainText("Moscow never had a say in enlargement.");
  await expect(reportOn(otherName)).toContainText("Off topic for this thread");
  await expectAccessible(instructor);

  // ---- One report is resolved: the post stays ----------------------------------------------
  await reportOn(otherName).getByRole("button", { name: "Resolve" }).click();
  await expect(reportOn(otherName)).toHaveCount(0);

  // ---- The other post is hidden from its thread; its author hears why, live -----------------
  await reportOn(authorName).getByRole("link", { name: "Open in thread" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await waitForHydration(instructor, "#posts-heading");
  const hidden = post(instructor, authorName);
  await hidden.getByRole("button", { name: "Hide", exact: true }).click();
  await hidden.getByLabel("Reason for hiding (the author sees it)").filter({ visible: true }).fill("Please argue from the sources");
  await hidden.getByRole("button", { name: "Hide post" }).click();
  await expect(shown(hidden, "Hidden by staff: Please argue from the sources")).toBeVisible();
  await expectNotification(author, `Your post in “${title}” was hidden: Please argue from the sources`);
  await expect(shown(post(author, authorName), "Hidden by staff: Please argue from the sources")).toBeVisible({ timeout: 15_000 });

  // Hiding resolved its report: the queue holds nothing more from this thread.
  await instructor.goto(`${seminarsPath}/reports`);
  await expect(instructor.getByRole("heading", { level: 1, name: "Reported posts" })).toBeVisible();
  await expect(instructor.getByText(`in “${title}”`)).toHaveCount(0);

  await reporter.reload();
  await expect(shown(reporter, "Enlargement was asked for by the new democracies.")).toBeVisible();
  await expect(reporter.getByText("Moscow never had a say in enlargement.")).toHaveCount(0);
  expectNoHydrationErrors(hydrationErrors);
});

test("thread settings: anonymity, a closing time in each reader's zone, a lock, a close, and the case's link", async ({ browser }) => {
  test.setTimeout(180_000);
  const hydrationErrors: string[] = [];
  const title = `Did sanctions work? ${Date.now()}`;

  // The instructor works in New York, the reader in Tokyo; the server renders in UTC.
  const instructor = await watchedPageFor(browser, demoInstructor, hydrationErrors, "America/New_York");
  const { threadUrl, caseTitle } = await openThread(instructor, title);
  const writer = await watchedPageFor(browser, demoStudent(6), hydrationErrors);
  await gotoHydrated(writer, threadUrl);
  await writePost(writer, "Sanctions hurt the elite first.");
  const writerName = await nameOf(writer);
  const reader = await watchedPageFor(browser, demoStudent(7), hydrationErrors, "Asia/Tokyo");
  await gotoHydrated(reader, threadUrl);
  await expect(post(reader, writerName)).toBeVisible();

  const settings = instructor.locator("details").filter({ has: instructor.locator("summary", { hasText: "Thread settings" }) }).filter({ visible: true });
  const save = async () => {
    await settings.getByRole("button", { name: "Save settings" }).click();
    await expect(shown(settings, "Saved")).toBeVisible();
  };

  // ---- Anonymous to classmates, closing on 14 March 2030 at 09:30 New York time ------------
  await gotoHydrated(instructor, null);
  await settings.locator("summary").click();
  await settings.getByRole("checkbox", { name: "Anonymous to classmates (staff always see names)" }).check();
  await settings.getByLabel("Closes", { exact: true }).filter({ visible: true }).fill("2030-03-14T09:30");
  await save();
  // Rendered again by the server, the time reads back in the instructor's own zone.
  await gotoHydrated(instructor, null);
  await settings.locator("summary").click();
  await expect(settings.getByLabel("Closes", { exact: true }).filter({ visible: true })).toHaveValue("2030-03-14T09:30");
  await expect(settings.getByRole("checkbox", { name: "Anonymous to classmates (staff always see names)" })).toBeChecked();
  await expectAccessible(instructor);

  await reader.reload();
  await expect(post(reader, "Anonymous student")).toBeVisible();
  await expect(post(reader, writerName)).toHaveCount(0);
  await expect(shown(reader, "Your classmates will see your post as “Anonymous student”; staff see your name.")).toBeVisible();
  // 09:30 in New York (EDT) is 13:30 UTC, 22:30 in Tokyo.
  const closing = reader.locator('time[datetime="2030-03-14T13:30:00.000Z"]').filter({ visible: true });
  await expect(closing).toHaveText(/14 Mar.*22:30/);
  await expectAccessible(reader);

  // ---- Locked: read-only for students ------------------------------------------------------
  await settings.getByRole("checkbox", { name: "Locked (nobody can post)" }).check();
  await save();
  await reader.reload();
  await expect(shown(reader, "Staff have locked this thread: you can read it, but not post.")).toBeVisible();
  await expect(shown(reader, "Sanctions hurt the elite first.")).toBeVisible();
  await expect(reader.getByRole("textbox", { name: "Your post" })).toHaveCount(0);
  await expect(reader.getByRole("button", { name: "Reply" })).toHaveCount(0);

  // ---- Unlocked but past its closing time: closed, equally read-only -------------------------
  await settings.getByRole("checkbox", { name: "Locked (nobody can post)" }).uncheck();
  await settings.getByLabel("Closes", { exact: true }).filter({ visible: true }).fill("2020-01-01T12:00");
  await save();
  await reader.reload();
  await expect(shown(reader, "This thread is closed: you can read it, but not post.")).toBeVisible();
  await expect(reader.getByRole("textbox", { name: "Your post" })).toHaveCount(0);
  await expectAccessible(reader);

  // ---- The thread links to its case, and the case's page back to its threads ---------------
  await reader.getByRole("link", { name: caseTitle, exact: true }).click();
  await expect(reader.getByRole("heading", { level: 1, name: caseTitle })).toBeVisible();
  const discussions = reader.getByRole("region", { name: "Seminar discussions" });
  await expect(discussions.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(reader);
  await discussions.getByRole("link", { name: title }).click();
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expectNoHydrationErrors(hydrationErrors);
});
