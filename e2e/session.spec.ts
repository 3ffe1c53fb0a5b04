import { expect, test, type Page } from "@playwright/test";
import { demoCourseId, demoStudent, signIn } from "./support/accounts";

/** What the API answers this browser: the session is read from the cookie on every call. */
const apiStatus = async (page: Page) => (await page.request.get(`/api/trpc/course.get?input=${encodeURIComponent(JSON.stringify({ json: { courseId: demoCourseId } }))}`)).status();

const sessionCookie = async (page: Page) => (await page.context().cookies()).find((cookie) => cookie.name === "next-auth.session-token");

test("signing out ends the session for pages and the API alike", async ({ page }) => {
  await signIn(page, demoStudent(4));
  expect(await apiStatus(page)).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  expect(await sessionCookie(page)).toBeUndefined();
  expect(await apiStatus(page)).toBe(401);
  await page.goto(`/courses/${demoCourseId}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("a session cookie that expired or was tampered with counts as signed out", async ({ page }) => {
  await signIn(page, demoStudent(5));
  const cookie = await sessionCookie(page);
  expect(cookie).toBeDefined();
  // Off the app, so that no request still in flight (a session refresh) answers with a fresh,
  // valid cookie after the one below has been swapped in.
  await page.goto("about:blank");

  // Tampered: one character of the encrypted token changed.
  const value = cookie!.value;
  const tampered = `${value.slice(0, -5)}${value.at(-5) === "A" ? "B" : "A"}${value.slice(-4)}`;
  await page.context().clearCookies({ name: cookie!.name });
  await page.context().addCookies([{ ...cookie!, value: tampered }]);
  expect(await apiStatus(page)).toBe(401);
  await page.goto(`/courses/${demoCourseId}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  // Expired: the browser drops the cookie at its expiry date.
  await page.context().clearCookies({ name: cookie!.name });
  await page.context().addCookies([{ ...cookie!, expires: Math.floor(Date.now() / 1000) - 60 }]);
  expect(await sessionCookie(page)).toBeUndefined();
  expect(await apiStatus(page)).toBe(401);
  await page.goto(`/courses/${demoCourseId}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  // Restored, the session works again: nothing else about it was lost.
  await page.context().addCookies([cookie!]);
  expect(await apiStatus(page)).toBe(200);
  await page.goto(`/courses/${demoCourseId}`);
  await expect(page).toHaveURL(new RegExp(`/courses/${demoCourseId}$`));
});
