import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./accounts";

/**
 * React's hydration failures: the development wording, and the production build's minified
 * errors (#418 text, #419 suspense boundary, #423 recovered by client rendering, #425 text).
 */
const hydrationError = /hydrat|Minified React error #(418|419|421|422|423|425)\b/i;

/** Collects into `errors` every hydration error the page reports from now on, with its address. */
export function watchHydration(page: Page, errors: string[]) {
  page.on("console", (message) => {
    if (message.type() === "error" && hydrationError.test(message.text())) errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    if (hydrationError.test(`${error.message}\n${error.stack ?? ""}`)) errors.push(`${page.url()}: ${error.message}`);
  });
}

export function expectNoHydrationErrors(errors: string[]) {
  expect(errors, "hydration errors on the pages visited").toEqual([]);
}

/**
 * A signed-in page, watched for hydration errors, in a browser whose time zone is not the
 * server's (UTC): a time the server renders in its own zone then no longer matches the browser's.
 */
export async function watchedPageFor(browser: Browser, email: string, errors: string[], timezoneId = "America/New_York") {
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  watchHydration(page, errors);
  await signIn(page, email);
  return page;
}
