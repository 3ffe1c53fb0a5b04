import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";

/** The seeded demo course (prisma/seed): one instructor, twelve students, one password. */
export const demoPassword = "stoa-demo-2026";
export const demoInstructor = "instructor@stoa.test";
export const demoStudent = (number: number) => `student${String(number).padStart(2, "0")}@stoa.test`;
export const demoCourseId = "demo-us-russia";

export const uniqueEmail = (label: string) => `${label}.${randomUUID().slice(0, 8)}@example.test`;

export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/signin");
  await page.getByLabel("Email").filter({ visible: true }).fill(email);
  await page.getByLabel("Password").filter({ visible: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await reachedCourses(page);
}

/**
 * Waits for the course list to have loaded. React reveals streamed sections in batches and keeps
 * a hidden copy of each meanwhile: prefer role locators (they skip hidden elements) or
 * `.filter({ visible: true })`.
 */
export async function reachedCourses(page: Page) {
  await page.waitForURL(/\/courses$/, { waitUntil: "load" });
}

export async function signUp(page: Page, name: string, email: string, password = "a long passphrase") {
  await page.goto("/signup");
  await page.getByLabel("Name").filter({ visible: true }).fill(name);
  await page.getByLabel("Email").filter({ visible: true }).fill(email);
  await page.getByLabel("Password").filter({ visible: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** A browser context of its own per person, as two people on two machines. */
export async function pageFor(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}
