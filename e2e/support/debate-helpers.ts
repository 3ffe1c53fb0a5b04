import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { demoCourseId, demoInstructor, demoPassword, demoStudent } from "./accounts";

export const courseId = demoCourseId;
export const instructorEmail = demoInstructor;
export const studentEmail = demoStudent;

/** A signed-in person in a browser context of their own, on `path`. */
export async function openAs(browser: Browser, email: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  return page;
}

/** A moment as an <input type="datetime-local"> value in the browser's own time zone. */
export async function browserLocalDateTime(page: Page, offsetMilliseconds: number): Promise<string> {
  return page.evaluate((offset) => {
    const date = new Date(Date.now() + offset);
    const pad = (value: number) => String(value).padStart(2, "0");
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }, offsetMilliseconds);
}

/** The ballot choices a student sees for a round: team id, team name, and whether it is their own (disabled). */
export async function ballotChoices(round: Locator): Promise<{ teamId: string; name: string; isOwn: boolean }[]> {
  const radios = round.getByRole("radio");
  const count = await radios.count();
  const choices = [];
  for (let index = 0; index < count; index += 1) {
    const radio = radios.nth(index);
    const teamId = (await radio.getAttribute("value")) ?? "";
    const name = (await radio.locator("xpath=following-sibling::span/span[1]").innerText()).replace(/\s*\(your team\)$/, "").trim();
    choices.push({ teamId, name, isOwn: await radio.isDisabled() });
  }
  return choices;
}
