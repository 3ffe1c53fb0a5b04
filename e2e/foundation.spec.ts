import { expect, test } from "@playwright/test";
import { demoCourseId, demoInstructor, demoPassword, demoStudent, reachedCourses, signIn, signUp, uniqueEmail } from "./support/accounts";
import { expectAccessible } from "./support/axe";

test("a newcomer signs up and lands on an empty course list", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await signUp(page, "Nadia Novak", uniqueEmail("nadia"));
  await reachedCourses(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Join code" })).toBeVisible();
  await expectAccessible(page);
});

test("sign-in and sign-up say what went wrong", async ({ page }) => {
  await page.goto("/signin");
  await expectAccessible(page);
  await page.getByLabel("Email").filter({ visible: true }).fill(demoInstructor);
  await page.getByLabel("Password").filter({ visible: true }).fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong password")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);

  await page.getByLabel("Email").filter({ visible: true }).fill(uniqueEmail("nobody"));
  await page.getByLabel("Password").filter({ visible: true }).fill("whatever it is");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("No account uses that email address")).toBeVisible();
  await expectAccessible(page);

  await signUp(page, "Second Instructor", demoInstructor);
  await expect(page.getByText("An account with that email already exists")).toBeVisible();
  await expect(page).toHaveURL(/\/signup/);
  await expectAccessible(page);
});

test("the instructor browses the demo course, and a new student joins it with the join code", async ({ page, browser }) => {
  await signIn(page, demoInstructor);
  await page.getByRole("link", { name: /US–Russian Relations after the Cold War/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/courses/${demoCourseId}$`));
  await expect(page.getByRole("heading", { name: "Realism" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /Kosovo/ }).first().click();
  await expect(page.getByRole("heading", { name: "Key events" })).toBeVisible();
  await expect(page.getByText("This house believes").first()).toBeVisible();
  await expect(page.getByText("Debate motion").first()).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/courses/${demoCourseId}/settings`);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  // Visible only: React reveals streamed sections in batches, keeping a hidden copy meanwhile.
  const joinCode = (await page.getByTestId("join-code").filter({ visible: true }).textContent())?.trim() ?? "";
  expect(joinCode).toMatch(/^[A-Z0-9]{8}$/);
  await page.getByRole("button", { name: "Copy join code" }).click();
  await expect(page.getByText("Copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(joinCode);
  await expectAccessible(page);

  // A new student, in a browser of their own.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUp(student, "Jamie Joiner", uniqueEmail("jamie"));
  await reachedCourses(student);
  await student.getByRole("textbox", { name: "Join code" }).fill("WRONG234");
  await student.getByRole("button", { name: "Join course" }).click();
  await expect(student.getByText(/No course has that join code/)).toBeVisible();
  await student.getByRole("textbox", { name: "Join code" }).fill(joinCode.toLowerCase());
  await student.getByRole("button", { name: "Join course" }).click();
  await expect(student).toHaveURL(new RegExp(`/courses/${demoCourseId}$`));
  await expect(student.getByRole("heading", { name: "Realism" })).toBeVisible();
  await expectAccessible(student);
  await studentContext.close();
});

test("a student cannot open course settings", async ({ page }) => {
  await signIn(page, demoStudent(3));
  await page.goto(`/courses/${demoCourseId}/settings`);
  // By role: while the page streams in, a hidden copy of the heading can sit in the document.
  await expect(page.getByRole("heading", { name: "You don't have access" })).toBeVisible();
  await expect(page.getByTestId("join-code")).toHaveCount(0);
  await expectAccessible(page);
});

test("a signed-out visitor is sent to sign in, then back where they were going", async ({ page }) => {
  await page.goto(`/courses/${demoCourseId}/settings`);
  await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(`/courses/${demoCourseId}/settings`)}`));
  await page.getByLabel("Email").filter({ visible: true }).fill(demoInstructor);
  await page.getByLabel("Password").filter({ visible: true }).fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(new RegExp(`/courses/${demoCourseId}/settings$`));
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
});
