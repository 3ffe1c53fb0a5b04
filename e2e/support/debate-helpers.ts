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
  await page.getByLabel("Email").filter({ visible: true }).fill(email);
  await page.getByLabel("Password").filter({ visible: true }).fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Password hashing makes the first sign-in slow on a busy machine.
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`), { timeout: 15_000 });
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

/** An instructor sets up a debate whose first round is open now and publishes its teams; returns their page, on the debate. */
export async function createOpenDebate(browser: Browser, title: string, options: { isAnonymous?: boolean } = {}): Promise<Page> {
  const instructor = await openAs(browser, instructorEmail, `/courses/${courseId}/debates`);
  await instructor.getByRole("link", { name: "New debate" }).click();
  await instructor.getByLabel("Case").filter({ visible: true }).selectOption({ label: "The Kosovo War and the Pristina Airport Standoff" });
  await instructor.getByLabel("Title (optional)").filter({ visible: true }).fill(title);
  const opening = instructor.getByRole("group", { name: "Round 1: Opening" });
  await opening.getByLabel("Opens").filter({ visible: true }).fill(await browserLocalDateTime(instructor, -60_000));
  if (options.isAnonymous === false) await instructor.getByLabel("Anonymous ballots").filter({ visible: true }).uncheck();
  await instructor.getByRole("button", { name: "Create and assign teams" }).click();
  await expect(instructor).toHaveURL(/\/debates\/[^/]+\/assignment$/);

  await instructor.getByRole("button", { name: "Publish teams" }).click();
  await instructor.getByRole("dialog", { name: "Publish these teams?" }).getByRole("button", { name: "Publish teams" }).click();
  // Another spec may add a student to the demo course meanwhile; the editor then asks for a new proposal.
  const needsNewProposal = instructor.getByText("neither on a team nor left out");
  await expect(instructor.getByRole("heading", { level: 1, name: title }).or(needsNewProposal)).toBeVisible();
  if (await needsNewProposal.isVisible()) {
    await instructor.getByRole("button", { name: "Re-roll" }).click();
    await instructor.getByRole("button", { name: "Publish teams" }).click();
    await instructor.getByRole("dialog", { name: "Publish these teams?" }).getByRole("button", { name: "Publish teams" }).click();
  }
  await expect(instructor).toHaveURL(/\/debates\/[^/]+$/);
  return instructor;
}

/** The article of one round on a debate page. */
export const roundCard = (page: Page, name: string) => page.getByRole("article", { name: new RegExp(`^Round \\d+ of \\d+\\s*:\\s*${name}$`) });
