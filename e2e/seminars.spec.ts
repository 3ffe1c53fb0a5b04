import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoCourseId, demoInstructor, demoStudent } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expectNoHydrationErrors, watchedPageFor } from "./support/hydration";
import { writePost } from "./support/posts";

const seminarsPath = `/courses/${demoCourseId}/seminars`;

/** Streamed sections keep a hidden copy for a moment: look only at what is shown. */
const shown = (scope: Page | Locator, text: string) => scope.getByText(text).filter({ visible: true });

const post = (page: Page, author: string) => page.getByRole("article", { name: author, exact: true });

test("post before view, live replies and a hidden post's reason", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Was it inevitable? ${Date.now()}`;
  const hydrationErrors: string[] = [];
  const signedIn = (email: string) => watchedPageFor(browser, email, hydrationErrors);

  // ---- The instructor opens a thread where students must post first ----------------------
  const instructor = await signedIn(demoInstructor);
  await instructor.goto(seminarsPath);
  await expect(instructor.getByRole("heading", { level: 1, name: "Seminars" })).toBeVisible();
  await expectAccessible(instructor);
  await shown(instructor, "Open a thread on a case").click();
  await instructor.getByRole("textbox", { name: "Thread title" }).fill(title);
  await instructor.getByRole("checkbox", { name: "Students must post before they see others’ posts" }).check();
  await instructor.getByRole("button", { name: "Open thread" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const threadUrl = instructor.url();
  await expectAccessible(instructor);

  // ---- One student posts; the next sees nothing until posting too -------------------------
  const first = await signedIn(demoStudent(1));
  await first.goto(threadUrl);
  await expect(shown(first, "Post first to see your classmates’ posts")).toBeVisible();
  await writePost(first, "Your post", "Power shifted after the airport standoff.", "Post");
  await expect(shown(first, "Power shifted after the airport standoff.")).toBeVisible();
  const firstName = (await first.getByTestId("current-user-name").innerText()).trim();
  await expect(post(first, firstName)).toBeVisible();

  const second = await signedIn(demoStudent(2));
  await second.goto(threadUrl);
  await expect(shown(second, "Post first to see your classmates’ posts")).toBeVisible();
  await expect(second.getByText("Power shifted after the airport standoff.")).toHaveCount(0);
  await expectAccessible(second);
  await writePost(second, "Your post", "Institutions held the peace together.", "Post");
  await expect(shown(second, "Power shifted after the airport standoff.")).toBeVisible();
  await expectAccessible(second);

  // ---- A reply appears live in the other student's browser --------------------------------
  await post(second, firstName).getByRole("button", { name: "Reply" }).click();
  await writePost(second, `Your reply to ${firstName}`, "But NATO still acted without a mandate.", "Post reply");
  await expect(shown(first, "But NATO still acted without a mandate.")).toBeVisible({ timeout: 15_000 });
  const secondName = (await second.getByTestId("current-user-name").innerText()).trim();

  // ---- …and its notification reaches the author's bell, also without a reload --------------
  await first.getByLabel(/^Notifications/).filter({ visible: true }).click();
  await expect(first.getByRole("link", { name: `Unread: ${secondName} replied to your post in “${title}”` })).toBeVisible({ timeout: 15_000 });
  await first.getByLabel(/^Notifications/).filter({ visible: true }).click();

  // ---- An edit keeps the earlier version ---------------------------------------------------
  // Their top-level post, not their reply (also an article under their name), before and after the edit.
  const secondPost = post(second, secondName).filter({ hasText: /Institutions (and trade )?held the peace together/ });
  await secondPost.getByRole("button", { name: "Edit" }).click();
  const editor = secondPost.getByRole("textbox", { name: "Edit your post" });
  await editor.click();
  await editor.press("ControlOrMeta+a");
  await editor.pressSequentially("Institutions and trade held the peace together.");
  await secondPost.getByRole("button", { name: "Save changes" }).click();
  await expect(shown(secondPost, "Institutions and trade held the peace together.")).toBeVisible();
  await secondPost.getByRole("button", { name: "Earlier versions" }).click();
  await expect(secondPost.getByRole("list", { name: "Earlier versions" }).getByText("Institutions held the peace together.")).toBeVisible();

  // ---- The instructor hides the first post; its author sees why ---------------------------
  await instructor.reload();
  const hidden = post(instructor, firstName);
  await hidden.getByRole("button", { name: "Hide", exact: true }).click();
  await hidden.getByLabel("Reason for hiding (the author sees it)").filter({ visible: true }).fill("Please cite a source for this claim");
  await hidden.getByRole("button", { name: "Hide post" }).click();
  await expect(shown(hidden, "Hidden by staff: Please cite a source for this claim")).toBeVisible();

  await first.reload();
  await expect(shown(post(first, firstName), "Hidden by staff: Please cite a source for this claim")).toBeVisible();
  await expect(second.getByText("Power shifted after the airport standoff.")).toHaveCount(0, { timeout: 15_000 });
  await expect(first.getByLabel(/Notifications, \d+ unread/).filter({ visible: true })).toBeVisible();
  await expectAccessible(first);
  expectNoHydrationErrors(hydrationErrors);
});
