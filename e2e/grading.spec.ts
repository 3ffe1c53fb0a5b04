import { expect, test, type Page } from "@playwright/test";
import { demoStudents } from "../prisma/seed/demo-accounts";
import { expectAccessible } from "./support/axe";
import { courseId, createOpenDebate, instructorEmail, openAs, studentEmail } from "./support/debate-helpers";
import { criterion, expectSaved, gradesPath, gradingPath, lockOpening, parseCsv, waitForGrader, writeClaim } from "./support/grading-helpers";

const seededRubric = "Theory-based debate argument rubric";

/** Presses keys one after another, as a grader at the keyboard. */
async function press(page: Page, keys: string[]) {
  for (const key of keys) await page.keyboard.press(key);
}

/** "Submission 2 of 3" → 2. */
async function queuePosition(page: Page): Promise<number> {
  const text = await page.getByRole("navigation", { name: "Submissions in the grading queue" }).innerText();
  return Number(/Submission (\d+) of \d+/.exec(text)?.[1]);
}

test("an instructor grades two arguments from the keyboard and releases them; a student reads the feedback", async ({ browser }) => {
  test.setTimeout(300_000);
  const title = `Graded debate ${Date.now()}`;
  const claim = "NATO acted without the Security Council";

  // ---- A debate whose first round is written and locked ----------------------------------
  const instructor = await createOpenDebate(browser, title);
  const debatePath = new URL(instructor.url()).pathname;
  const student = await openAs(browser, studentEmail(1), debatePath);
  const studentName = demoStudents[0]!.name;
  const teamName = await writeClaim(student, claim);
  await lockOpening(instructor);

  // Before release, students see nothing of this debate (a retry on the same database may find
  // the grades an earlier attempt released).
  await student.goto(gradesPath);
  await expect(student.getByRole("heading", { level: 1, name: "My grades" })).toBeVisible();
  await expect(student.getByText(/No grades released yet|Released/).filter({ visible: true }).first()).toBeVisible();
  await expect(student.getByText(title)).toHaveCount(0);

  // ---- The grading page: progress, and the rubric attached to the whole debate -----------
  await instructor.goto(gradingPath);
  const card = instructor.getByRole("article", { name: title });
  await expect(card.getByText("0 of 3 graded (final)")).toBeVisible();
  await expect(card.getByText("Attach a rubric first").first()).toBeVisible();
  await card.getByLabel("Rubric", { exact: true }).filter({ visible: true }).selectOption({ label: `${seededRubric} (version 1)` });
  await card.getByLabel("Attach to").filter({ visible: true }).selectOption({ label: "The whole debate" });
  await card.getByRole("button", { name: "Attach rubric" }).click();
  await expect(card.getByRole("status").filter({ hasText: `${seededRubric} grades every round now.` })).toBeVisible();
  await expect(card.getByRole("link", { name: `${seededRubric} (version 1)` }).first()).toBeVisible();
  await expectAccessible(instructor);

  // ---- The student's team's argument beside the rubric ------------------------------------
  await card.getByRole("link", { name: `Grade: ${teamName}, Opening` }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: `Grade: ${teamName}, Opening` })).toBeVisible();
  await expect(instructor.getByRole("region", { name: `${teamName}'s argument` }).getByText(claim)).toBeVisible();
  await expect(instructor.getByRole("heading", { name: "Keyboard shortcuts" })).toBeVisible();
  const studentCard = instructor.getByRole("group", { name: studentName });
  await expect(studentCard.getByText("Share of text")).toBeVisible();
  await expect(studentCard.getByText(/^[1-9]\d*(\.\d)?%$/)).toBeVisible();
  const firstPosition = await queuePosition(instructor);
  await waitForGrader(instructor);

  // Levels from the keyboard alone: a digit scores the current criterion, j / k / arrows move.
  await press(instructor, ["1", "j", "2", "j", "2", "ArrowDown", "3", "j", "1"]);
  await expect(criterion(instructor, "Theoretical accuracy").getByRole("radio", { name: /^Exemplary/ })).toBeChecked();
  await expect(criterion(instructor, "Use of case evidence").getByRole("radio", { name: /^Proficient/ })).toBeChecked();
  await expect(criterion(instructor, "Engagement with rival explanations").getByRole("radio", { name: /^Proficient/ })).toBeChecked();
  await expect(criterion(instructor, "Structure and reasoning").getByRole("radio", { name: /^Developing/ })).toBeChecked();
  await expect(criterion(instructor, "Collaboration and scholarly conduct").getByRole("radio", { name: /^Exemplary/ })).toBeChecked();
  // Back one criterion with k, and a better level for it: 25 + 19 + 15 + 11 + 15.
  await press(instructor, ["k", "2"]);
  await expect(criterion(instructor, "Structure and reasoning").getByRole("radio", { name: /^Proficient/ })).toBeChecked();
  await expect(instructor.getByRole("heading", { name: "Team score: 85 / 100" })).toBeVisible();
  await expectSaved(instructor);

  // Comments, and an adjustment for one student beside their contribution.
  await instructor.getByLabel("Comment on Use of case evidence").filter({ visible: true }).fill("Date the Pristina events.");
  await instructor.getByLabel("Overall comment").filter({ visible: true }).fill("A clear opening claim.");
  await instructor.getByLabel(`Adjustment for ${studentName}`).filter({ visible: true }).fill("2");
  await instructor.getByLabel(`Reason for ${studentName}'s adjustment`).filter({ visible: true }).fill("Wrote the claim");
  await expect(studentCard.getByText("Score: 87 / 100")).toBeVisible();
  await expectSaved(instructor);
  await instructor.getByRole("button", { name: "Finalize grade" }).click();
  await expect(instructor.getByRole("status").filter({ hasText: "Grade finalized." })).toBeVisible();
  await expect(instructor.getByText("Final", { exact: true }).filter({ visible: true })).toBeVisible();

  // The grade history names each change.
  const history = instructor.getByRole("region", { name: "Grade changes, newest first" });
  await expect(history.getByText(`Adjustment for ${studentName}: points`)).toBeVisible();
  await expect(history.getByRole("row").filter({ hasText: "status" }).filter({ hasText: "FINAL" })).toBeVisible();
  await instructor.screenshot({ path: "test-results/grading-grader.png", fullPage: true });
  await expectAccessible(instructor);

  // Blind grading hides the team's and students' names.
  await instructor.getByRole("checkbox", { name: "Blind grading" }).check();
  await expect(instructor).toHaveURL(/\?blind=1$/);
  await expect(instructor.getByRole("heading", { level: 1, name: "Grade: A team (blind), Opening" })).toBeVisible();
  await expect(instructor.getByRole("group", { name: "Student 1" })).toBeVisible();
  await expect(instructor.getByText(studentName).filter({ visible: true })).toHaveCount(0);
  await instructor.getByRole("checkbox", { name: "Blind grading" }).uncheck();
  await expect(instructor.getByRole("heading", { level: 1, name: `Grade: ${teamName}, Opening` })).toBeVisible();

  // ---- Next (or previous) submission from the keyboard, graded the same way ---------------
  const [forward, back] = firstPosition < 3 ? ["n", "p"] : ["p", "n"];
  const firstUrl = instructor.url();
  await instructor.keyboard.press(forward);
  await expect(instructor).not.toHaveURL(firstUrl);
  await expect(instructor.getByRole("heading", { level: 1, name: /^Grade: / })).not.toHaveText(`Grade: ${teamName}, Opening`);
  await expect(instructor.getByText("Not graded", { exact: true }).filter({ visible: true })).toBeVisible();
  await waitForGrader(instructor);
  await press(instructor, ["2", "j", "2", "j", "2", "j", "2", "j", "2"]);
  await expect(instructor.getByRole("heading", { name: "Team score: 75 / 100" })).toBeVisible();
  await expectSaved(instructor);
  await instructor.getByRole("button", { name: "Finalize grade" }).click();
  await expect(instructor.getByRole("status").filter({ hasText: "Grade finalized." })).toBeVisible();

  // Back to the first: everything was kept.
  await instructor.keyboard.press(back);
  await expect(instructor.getByRole("heading", { level: 1, name: `Grade: ${teamName}, Opening` })).toBeVisible();
  await expect(criterion(instructor, "Theoretical accuracy").getByRole("radio", { name: /^Exemplary/ })).toBeChecked();
  await expect(instructor.getByLabel("Comment on Use of case evidence").filter({ visible: true })).toHaveValue("Date the Pristina events.");
  await expect(instructor.getByText("Final", { exact: true }).filter({ visible: true })).toBeVisible();

  // The rubric is locked now: editing it would make version 2.
  await instructor.goto(gradingPath);
  await card.getByRole("link", { name: `${seededRubric} (version 1)` }).first().click();
  await expect(instructor.getByText("Version 1 · Locked").filter({ visible: true })).toBeVisible();
  await expect(instructor.getByRole("button", { name: "Save as version 2" })).toBeVisible();

  // ---- Release ----------------------------------------------------------------------------
  await instructor.goto(gradingPath);
  await expect(card.getByText("2 of 3 graded (final)")).toBeVisible();
  await card.getByRole("button", { name: `Release grades: ${title}` }).click();
  const dialog = instructor.getByRole("dialog", { name: `Release grades for ${title}?` });
  await expect(dialog.getByText("2 final grades become visible to their students")).toBeVisible();
  await dialog.getByRole("button", { name: "Release grades" }).click();
  await expect(card.getByText("Released", { exact: true })).toBeVisible();
  await instructor.screenshot({ path: "test-results/grading-home.png", fullPage: true });

  // ---- The student's grade and feedback ---------------------------------------------------
  await student.reload();
  const grade = student.getByRole("article", { name: `${title}: Opening` });
  await expect(grade.getByText("Your score: 87 / 100")).toBeVisible();
  await expect(grade.getByText(`85 / 100 (team ${teamName})`)).toBeVisible();
  await expect(grade.getByText("+2 points: Wrote the claim")).toBeVisible();
  const evidence = grade.getByRole("row", { name: /^Use of case evidence/ });
  await expect(evidence).toContainText("Proficient");
  await expect(evidence).toContainText("19 / 25");
  await expect(evidence).toContainText("Date the Pristina events.");
  await expect(grade.getByText("A clear opening claim.")).toBeVisible();
  await expect(grade.getByText("Regraded")).toHaveCount(0);
  await student.screenshot({ path: "test-results/grading-my-grades.png", fullPage: true });
  await expectAccessible(student);

  // ---- The gradebook downloads as CSV -----------------------------------------------------
  await instructor.goto(gradingPath);
  const [download] = await Promise.all([instructor.waitForEvent("download"), instructor.getByRole("link", { name: "Gradebook (CSV)" }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const rows = parseCsv(Buffer.concat(chunks).toString("utf8"));
  const [header, ...students] = rows;
  expect(header!.slice(0, 4)).toEqual(["Student", "ID", "SIS User ID", "Section"]);
  // The student's score for this round, in the column named after it; names read "Family, Given".
  const column = header!.indexOf(`${title}: Opening`);
  expect(column).toBeGreaterThan(3);
  const [given, family] = studentName.split(" ");
  expect(students.find((row) => row[0] === `${family}, ${given}`)?.[column]).toBe("87");
});

test("an instructor builds a rubric; the server's objections appear beside the fields they name", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Essay rubric ${Date.now()}`;
  const instructor = await openAs(browser, instructorEmail, `${gradingPath}/rubrics`);
  await expect(instructor.getByRole("heading", { level: 1, name: "Rubrics" })).toBeVisible();
  await instructor.getByRole("link", { name: "New rubric" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: "New rubric" })).toBeVisible();

  await instructor.getByLabel("Title").filter({ visible: true }).fill(title);
  const clarity = instructor.getByRole("group", { name: /^Criterion 1/ });
  await clarity.getByLabel("Name").filter({ visible: true }).fill("Clarity");
  await clarity.getByLabel("Weight (%)").filter({ visible: true }).fill("60");
  await expect(clarity.getByText("Worth 60 points")).toBeVisible();
  for (const [index, points] of ["60", "45", "30", "70"].entries()) {
    await instructor.getByRole("group", { name: `Level ${index + 1} of Clarity` }).getByLabel("Points").filter({ visible: true }).fill(points);
  }
  await instructor.getByRole("button", { name: "Add criterion" }).click();
  const sources = instructor.getByRole("group", { name: /^Criterion 2/ });
  await expect(sources.getByLabel("Name").filter({ visible: true })).toBeFocused();
  await sources.getByLabel("Name").filter({ visible: true }).fill("Sources");
  await expect(sources.getByLabel("Weight (%)").filter({ visible: true })).toHaveValue("40");
  await sources.getByLabel("Weight (%)").filter({ visible: true }).fill("30");
  await expect(instructor.getByText("Weights add up to 90%").filter({ visible: true })).toBeVisible();
  // Two levels are enough for this one.
  await instructor.getByRole("button", { name: "Remove level: Beginning of Sources" }).click();
  await instructor.getByRole("button", { name: "Remove level: Developing of Sources" }).click();
  await instructor.getByRole("group", { name: "Level 1 of Sources" }).getByLabel("Points").filter({ visible: true }).fill("30");
  await instructor.getByRole("group", { name: "Level 2 of Sources" }).getByLabel("Points").filter({ visible: true }).fill("10");
  await expectAccessible(instructor);

  await instructor.getByRole("button", { name: "Create rubric" }).click();
  await expect(instructor.getByRole("alert").filter({ hasText: "The rubric was not saved" })).toBeVisible();
  await expect(instructor.getByText("Weights must add up to 100; they add up to 90").filter({ visible: true })).toBeVisible();
  const lastClarityLevel = instructor.getByRole("group", { name: "Level 4 of Clarity" }).getByLabel("Points").filter({ visible: true });
  await expect(lastClarityLevel).toHaveAttribute("aria-invalid", "true");
  await expect(lastClarityLevel).toHaveAccessibleDescription(/70 points is more than "Clarity" is worth \(60: 60% of 100\); must be fewer than the level above/);
  await expect(lastClarityLevel).toBeFocused();
  await instructor.screenshot({ path: "test-results/grading-rubric-errors.png", fullPage: true });
  await expectAccessible(instructor);

  await lastClarityLevel.fill("15");
  await sources.getByLabel("Weight (%)").filter({ visible: true }).fill("40");
  await expect(instructor.getByText("Weights add up to 100%").filter({ visible: true })).toBeVisible();
  await instructor.getByRole("button", { name: "Create rubric" }).click();
  await expect(instructor.getByRole("status").filter({ hasText: "Rubric created." })).toBeVisible();
  await expect(instructor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(instructor.getByRole("button", { name: "Save rubric" })).toBeVisible();

  // Reuse: a copy of its own, unlocked.
  await instructor.getByRole("link", { name: "Back to rubrics" }).click();
  await instructor.getByRole("button", { name: `Duplicate: ${title}` }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: `${title} (copy)` })).toBeVisible();
  await expect(instructor.getByRole("status").filter({ hasText: "Copy made." })).toBeVisible();
  await expect(instructor.getByRole("group", { name: "Criterion 2: Sources" })).toBeVisible();
});

test("course staff reach grading and students their grades from the course's sections", async ({ browser }) => {
  const student = await openAs(browser, studentEmail(3), `/courses/${courseId}`);
  await student.getByRole("navigation", { name: "Course sections" }).getByRole("link", { name: "My grades" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "My grades" })).toBeVisible();
  await student.goto(gradingPath);
  await expect(student.getByRole("heading", { name: "You don't have access" })).toBeVisible();
});
