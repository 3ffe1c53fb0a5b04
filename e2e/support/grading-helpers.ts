import { expect, type Page } from "@playwright/test";
import { courseId, roundCard } from "./debate-helpers";

export const gradingPath = `/courses/${courseId}/grading`;
export const gradesPath = `/courses/${courseId}/grades`;

/** A student, on their debate's page, writes a line under the template's "Claim" heading; returns their team's name. */
export async function writeClaim(student: Page, text: string): Promise<string> {
  await student.getByRole("link", { name: "Write your argument" }).filter({ visible: true }).first().click();
  await expect(student).toHaveURL(/\/rounds\/[^/]+\/teams\/[^/]+$/);
  await expect(student.getByRole("status").filter({ hasText: /^Connected$/ })).toBeVisible({ timeout: 15_000 });
  const editor = student.getByRole("textbox", { name: /argument for Opening$/ });
  await expect(editor).toHaveAttribute("contenteditable", "true");
  await editor.locator("h2", { hasText: "Claim" }).locator("xpath=following-sibling::p[1]").click();
  await student.keyboard.type(text, { delay: 20 });
  // The template's four headings and the words typed.
  const words = 4 + text.split(/\s+/).filter(Boolean).length;
  await expect(student.getByText(new RegExp(`^${words}( / \\d+)? words`))).toBeVisible();
  // The breadcrumb ends with "Team: Round".
  const crumb = await student.getByRole("navigation", { name: "Breadcrumb" }).locator('[aria-current="page"]').innerText();
  return crumb.replace(/: Opening$/, "").trim();
}

/** The instructor, on the debate's page, locks the first round: every team's argument is frozen for grading. */
export async function lockOpening(instructor: Page) {
  await roundCard(instructor, "Opening").getByRole("button", { name: "Lock now" }).click();
  await instructor.getByRole("dialog", { name: "Lock Opening now?" }).getByRole("button", { name: "Lock now" }).click();
  await expect(instructor.getByRole("status").filter({ hasText: "Opening is locked" })).toBeVisible();
}

/** One criterion of the grader's rubric (a radio group named after it). */
export const criterion = (page: Page, name: string) => page.getByRole("group", { name: new RegExp(`^\\d+\\. ${name}`) });

/**
 * Waits until the grader answers the keyboard: server-rendered buttons stay disabled until the
 * page has hydrated, and with more than one submission one of Previous / Next is then enabled.
 */
export async function waitForGrader(page: Page) {
  await expect(page.getByRole("navigation", { name: "Submissions in the grading queue" }).getByRole("button", { disabled: false }).first()).toBeVisible();
}

/** The grader's save status once everything on screen is stored. */
export async function expectSaved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 10_000 });
}

/** A CSV's rows, for the simple quoting RFC 4180 allows (quoted fields, doubled quotes, commas and newlines inside). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let isQuoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let index = 0; index < body.length; index += 1) {
    const character = body[index]!;
    if (isQuoted) {
      if (character === '"' && body[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') isQuoted = false;
      else field += character;
    } else if (character === '"') isQuoted = true;
    else if (character === ",") {
      row.push(field);
      field = "";
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && body[index + 1] === "\n") index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += character;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
