import { expect, test } from "@playwright/test";
import { demoCourseId, demoInstructor, demoStudent } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { openAs } from "./support/debate-helpers";

const dashboardPath = `/courses/${demoCourseId}/dashboard`;

test("the instructor reads the course dashboard and picks the inactivity window", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await openAs(browser, demoInstructor, dashboardPath);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  for (const section of ["Debates and rounds", "Grading progress", "Vote results", "Participation", "Grade distribution"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  const participation = page.getByRole("table", { name: /Participation per student/ });
  // The demo course's twelve students, each with a row.
  await expect(participation.getByRole("row")).toHaveCount(13);
  await expectAccessible(page);

  const words = participation.getByRole("columnheader", { name: /Words/ });
  await words.getByRole("button").click();
  await expect(words).toHaveAttribute("aria-sort", "descending");

  const days = page.getByLabel("Flag students with no activity in the last … days").filter({ visible: true });
  await days.fill("400");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Enter a whole number of days from 1 to 365")).toBeVisible();
  await days.fill("30");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\?inactiveDays=30$/);
  await expect(page.getByText("Students inactive for 30 days")).toBeVisible();
  await expect(days).toHaveValue("30");
  await expectAccessible(page);
});

test("a student is told the dashboard is for staff", async ({ browser }) => {
  const page = await openAs(browser, demoStudent(3), dashboardPath);
  await expect(page.getByRole("heading", { name: "You don't have access" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toHaveCount(0);
});
