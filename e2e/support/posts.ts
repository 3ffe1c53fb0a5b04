import type { Page } from "@playwright/test";

/** Types a seminar post (or reply) into the editor labelled `label` and submits it with `submit`. */
export async function writePost(page: Page, label: string, text: string, submit: string) {
  const editor = page.getByRole("textbox", { name: label });
  await editor.click();
  await editor.pressSequentially(text);
  await page.getByRole("button", { name: submit, exact: true }).click();
}
