import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoCourseId, demoInstructor, demoStudent, pageFor } from "./support/accounts";
import { expectAccessible } from "./support/axe";

const libraryPath = `/courses/${demoCourseId}/library`;
const fixture = path.join(import.meta.dirname, "fixtures", "quiet-frontier.md");
const kosovo = "The Kosovo War and the Pristina Airport Standoff";

test("an instructor uploads a thesis, reads and searches it, and makes a seminar prompt from a passage", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await pageFor(browser, demoInstructor);
  await page.goto(libraryPath);
  await expect(page.getByRole("heading", { level: 1, name: "Thesis library" })).toBeVisible();
  await expectAccessible(page);

  // ---- Unusable files are refused with a clear message --------------------------------------
  const uploadRegion = page.getByRole("region", { name: "Upload a thesis" });
  const fileInput = uploadRegion.getByLabel("Thesis file");
  const uploadButton = uploadRegion.getByRole("button", { name: "Upload and import" });
  await fileInput.setInputFiles({ name: "empty.md", mimeType: "text/markdown", buffer: Buffer.alloc(0) });
  await uploadButton.click();
  await expect(uploadRegion.getByRole("alert")).toHaveText("The file is empty.");
  // Only white space: the browser cannot tell, the server says so.
  await fileInput.setInputFiles({ name: "blank.md", mimeType: "text/markdown", buffer: Buffer.from("   \n\n  \n") });
  await uploadButton.click();
  await expect(uploadRegion.getByRole("alert")).toHaveText(/The file is empty: it contains only white space/);

  // ---- A real upload imports in the background, with a live progress bar -------------------
  await fileInput.setInputFiles(fixture);
  await uploadButton.click();
  const progress = uploadRegion.getByRole("progressbar", { name: "Import of quiet-frontier.md" });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("aria-valuenow", "100", { timeout: 60_000 });
  await expect(uploadRegion.getByText("quiet-frontier.md is imported.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Theses" }).getByRole("link", { name: "The Quiet Frontier" })).toBeVisible();
  await expectAccessible(page);
  await uploadRegion.getByRole("link", { name: "Open in the reader" }).click();

  // ---- The reader: contents, footnotes beside their markers --------------------------------
  await expect(page.getByRole("heading", { level: 1, name: "The Quiet Frontier" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Chapter I: Beginnings" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "Chapter II: Tensions" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Chapter II: Tensions" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "The Lighthouse Dispute" })).toBeVisible();
  const marker = page.getByRole("link", { name: "Footnote 2", exact: true });
  const note = page.getByRole("note", { name: "Footnotes to this passage" }).filter({ hasText: "Harbour Politics" });
  await expect(marker).toBeVisible();
  await expect(note).toBeVisible();
  const [markerBox, noteBox] = [await marker.boundingBox(), await note.boundingBox()];
  // Beside, not below: the note starts to the right of the marker, level with its paragraph.
  expect(noteBox!.x).toBeGreaterThan(markerBox!.x);
  expect(Math.abs(noteBox!.y - markerBox!.y)).toBeLessThan(120);
  await marker.click();
  await expect(page).toHaveURL(/#note-/);
  await expectAccessible(page);

  // ---- Search, then follow a hit to its highlighted passage --------------------------------
  await page.getByRole("searchbox", { name: "Search this thesis" }).fill("amber");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.locator("mark").first()).toHaveText(/amber/i);
  await results.getByRole("link").first().click();
  await expect(page).toHaveURL(/[?&]p=p-[a-z0-9-]+/);
  const highlighted = page.locator("[data-highlighted]");
  await expect(highlighted).toContainText("Merchants carried amber and salt");
  await expect(highlighted).toBeInViewport();
  await expect(page.getByRole("heading", { level: 2, name: "Chapter I: Beginnings" })).toBeVisible();

  // ---- Select the passage and make a seminar prompt from it --------------------------------
  await page.getByRole("checkbox", { name: /Select passage “Merchants carried amber/ }).check();
  const selection = page.getByRole("region", { name: "Selected passages" });
  await expect(selection.getByText("1 passage selected")).toBeVisible();
  await selection.getByRole("link", { name: "Create prompt from selection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New prompt from the thesis" })).toBeVisible();
  await expect(page.getByText("Merchants carried amber and salt across the marshes, paying no toll at either bank.")).toBeVisible();
  await expectAccessible(page);
  const question = `Why did the amber trade need no toll? ${Date.now()}`;
  await page.getByLabel("Case").filter({ visible: true }).selectOption({ label: kosovo });
  await page.getByRole("radio", { name: /Seminar question/ }).check();
  await page.getByLabel("Prompt text").filter({ visible: true }).fill(question);
  await page.getByRole("button", { name: "Post prompt" }).click();

  // ---- The excerpt on the case page leads back into the reader -----------------------------
  await expect(page.getByRole("heading", { level: 1, name: kosovo })).toBeVisible();
  const prompt = page.getByRole("listitem").filter({ hasText: question });
  await expect(prompt.getByRole("list", { name: "Passages this prompt was made from" })).toContainText("Merchants carried amber and salt");
  // The demo case's chapter reference links into the demo thesis.
  await expect(page.getByRole("region", { name: "In the thesis" }).getByRole("link", { name: "Kosovo", exact: true })).toBeVisible();
  await expectAccessible(page);
  await prompt.getByRole("link", { name: "Read in the thesis" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The Quiet Frontier" })).toBeVisible();
  await expect(page.locator("[data-highlighted]")).toContainText("Merchants carried amber and salt");

  // ---- And a case from another passage, with the shared case form -------------------------
  await page.getByRole("checkbox", { name: /Select passage “The frontier was quiet/ }).check();
  await page.getByRole("region", { name: "Selected passages" }).getByRole("link", { name: "Create case from selection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New case from the thesis" })).toBeVisible();
  const caseTitle = `The quiet years ${Date.now()}`;
  await page.getByLabel("Case title").filter({ visible: true }).fill(caseTitle);
  await page.getByLabel("Start year").filter({ visible: true }).fill("1901");
  await page.getByLabel("End year").filter({ visible: true }).fill("1910");
  await page.getByRole("button", { name: "Create case" }).click();
  await expect(page.getByRole("heading", { level: 1, name: caseTitle })).toBeVisible();
  await expect(page.getByRole("region", { name: "From the thesis" })).toContainText("The frontier was quiet in the first years.");

  // ---- The seminar prompt's thread shows its passage too -----------------------------------
  await page.goto(`/courses/${demoCourseId}/seminars`);
  await page.getByRole("link", { name: question }).click();
  await expect(page.getByRole("heading", { level: 1, name: question })).toBeVisible();
  await expect(page.getByRole("list", { name: "Passages this question was made from" })).toContainText("Merchants carried amber and salt");
  await expectAccessible(page);
});

test("a student reads the demo thesis from a case's chapter reference, without upload or selection", async ({ browser }) => {
  const page = await pageFor(browser, demoStudent(4));
  await page.goto(libraryPath);
  await expect(page.getByRole("heading", { level: 1, name: "Thesis library" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Upload a thesis" })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`/courses/${demoCourseId}`);
  await page.getByRole("link", { name: kosovo }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: kosovo })).toBeVisible();
  await page.getByRole("region", { name: "In the thesis" }).getByRole("link", { name: "Kosovo", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Chapter III: NATO Enlargement and Related Issues" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Kosovo" })).toBeInViewport();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expectAccessible(page);
});
