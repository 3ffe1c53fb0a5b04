import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { watchHydration } from "./hydration";

/**
 * Collects into `problems` every hydration error (see hydration.ts) and every uncaught error the
 * page throws from now on, each with the address it happened on.
 */
export function watchPageHealth(page: Page, problems: string[]) {
  watchHydration(page, problems);
  page.on("pageerror", (error) => {
    const text = `${page.url()}: ${error.message}`;
    // watchHydration already reports the hydration ones.
    if (!problems.includes(text)) problems.push(`${page.url()}: uncaught ${error.name}: ${error.message}`);
  });
}

/** Resolves once React has hydrated `element` (it then carries React's fiber key). */
export async function waitForHydration(page: Page, selector = "#main-content") {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return Boolean(element && Object.keys(element).some((key) => key.startsWith("__reactFiber")));
  }, selector);
}

/**
 * From the top of the page, the keyboard reaches the main content: the first Tab lands on the
 * skip link, Enter on it moves focus to <main>, and the next Tab lands on an interactive control
 * inside it.
 */
export async function expectKeyboardReachesMain(page: Page) {
  // Start sequential navigation from the top, whatever a component may have focused.
  await page.evaluate(() => {
    const body = document.body;
    body.setAttribute("tabindex", "-1");
    body.focus();
    body.removeAttribute("tabindex");
    window.scrollTo(0, 0);
  });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" }), "the first Tab reaches the skip link").toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content"), "the skip link moves focus to the main content").toBeFocused();
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.id === "main-content" || !active.closest("#main-content")) return null;
    return `${active.tagName.toLowerCase()} ${active.getAttribute("aria-label") ?? active.textContent?.trim().slice(0, 40) ?? ""}`;
  });
  expect(focused, "the next Tab reaches an interactive control inside the main content").not.toBeNull();
}

/** Axe, the keyboard route into the main content, and nothing thrown or mismatched meanwhile. */
export async function expectHealthyPage(page: Page, problems: string[]) {
  await expectAccessible(page);
  await expectKeyboardReachesMain(page);
  expect(problems, `hydration or uncaught errors on ${page.url()}`).toEqual([]);
}
