import { expect, test } from "@playwright/test";
import { demoCourseId, demoInstructor, demoStudent } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expectNoHydrationErrors, watchedPageFor } from "./support/hydration";
import { writePost } from "./support/posts";

const seminarsPath = `/courses/${demoCourseId}/seminars`;

test("an instructor grades one student's participation in a thread, releases it and exports the gradebook", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Who blinked first? ${Date.now()}`;
  const hydrationErrors: string[] = [];

  // ---- A thread with one student's post ---------------------------------------------------
  const instructor = await watchedPageFor(browser, demoInstructor, hydrationErrors);
  await instructor.goto(seminarsPath);
  await instructor.getByText("Open a thread on a case").filter({ visible: true }).click();
  await instructor.getByRole("textbox", { name: "Thread title" }).fill(title);
  await instructor.getByRole("button", { name: "Open thread" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const threadUrl = instructor.url();

  const student = await watchedPageFor(browser, demoStudent(7), hydrationErrors);
  await student.goto(threadUrl);
  await writePost(student, "Your post", "Moscow blinked at Pristina airport.", "Post");
  await expect(student.getByText("Moscow blinked at Pristina airport.").filter({ visible: true })).toBeVisible();
  const studentName = (await student.getByTestId("current-user-name").innerText()).trim();

  // ---- From the thread to its participation list; attach the course's rubric ---------------
  await instructor.reload();
  await instructor.getByRole("link", { name: "Grade participation" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(instructor.getByRole("row", { name: new RegExp(studentName) }).getByText("Attach a rubric first")).toBeVisible();
  await expectAccessible(instructor);
  await instructor.getByRole("button", { name: "Attach rubric" }).click();
  await expect(instructor.getByRole("link", { name: /Theory-based debate argument rubric/ })).toBeVisible();

  // ---- Grade with the keyboard: the best level of each criterion, then finalize --------------
  await instructor.getByRole("link", { name: `Grade: ${studentName}` }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: studentName })).toBeVisible();
  await expect(instructor.getByText("Moscow blinked at Pristina airport.").filter({ visible: true })).toBeVisible();
  await expectAccessible(instructor);
  const criteria = instructor.getByRole("list", { name: "Rubric criteria" }).getByRole("group");
  const count = await criteria.count();
  expect(count).toBeGreaterThan(0);
  await criteria.first().focus();
  for (let index = 0; index < count; index += 1) {
    await instructor.keyboard.press("1");
    await instructor.keyboard.press("j");
  }
  await expect(instructor.getByText("Score: 100 / 100")).toBeVisible();
  await expect(instructor.getByRole("status").filter({ hasText: /^Saved/ })).toBeVisible({ timeout: 10_000 });
  await instructor.getByRole("button", { name: "Finalize grade" }).click();
  await expect(instructor.getByText(`${studentName}'s grade is final.`)).toBeVisible();

  // ---- Blind: the same grade without the student's name ------------------------------------
  await instructor.getByRole("link", { name: "Grade blind" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: /^Student \d+ of \d+$/ })).toBeVisible();
  await expect(instructor.getByText("Moscow blinked at Pristina airport.").filter({ visible: true })).toBeVisible();
  await expect(instructor.getByRole("main").getByText(studentName)).toHaveCount(0);
  await expectAccessible(instructor);
  await instructor.getByRole("link", { name: "Show names" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: studentName })).toBeVisible();

  // ---- Release; the student is told, and the gradebook carries the thread ------------------
  await instructor.getByRole("link", { name: "All students" }).click();
  await expect(instructor.getByRole("row", { name: new RegExp(studentName) }).getByText("Final")).toBeVisible();
  await instructor.getByRole("button", { name: `Release grades: ${title}` }).click();
  await instructor.getByRole("dialog").getByRole("button", { name: "Release grades" }).click();
  await expect(instructor.getByText("Released", { exact: true })).toBeVisible();
  await expectAccessible(instructor);

  await instructor.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Seminars" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: "Seminar participation" })).toBeVisible();
  await expect(instructor.getByRole("listitem").filter({ hasText: title })).toContainText("Released");
  await expectAccessible(instructor);

  const gradebook = await instructor.request.get(`/api/courses/${demoCourseId}/exports/gradebook`);
  expect(gradebook.status()).toBe(200);
  expect(gradebook.headers()["content-disposition"]).toMatch(/^attachment; filename=".+-gradebook-\d{4}-\d{2}-\d{2}\.csv"$/);
  const csv = await gradebook.text();
  expect(csv.split("\r\n")[0]).toContain(`Seminar: ${title}`);
  expect(csv.split("\r\n")[1]).toMatch(/^Points Possible,,,,/);

  // ---- The dashboard counts the thread's participation grading beside the debates' ------------
  await instructor.goto(`/courses/${demoCourseId}/dashboard`);
  const seminarProgress = instructor.getByRole("listitem").filter({ hasText: title });
  await expect(seminarProgress).toContainText(/1 of \d+ students graded/);
  await expect(seminarProgress).toContainText("Released");
  await instructor.getByRole("region", { name: "Grading progress" }).screenshot({ path: "test-results/dashboard-grading.png" });
  await seminarProgress.getByRole("link", { name: `Grade ${title}` }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const refused = await student.request.get(`/api/courses/${demoCourseId}/exports/rubric-detail`);
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("instructors and TAs");

  expectNoHydrationErrors(hydrationErrors);
});
