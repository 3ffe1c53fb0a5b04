import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { ballotChoices, createOpenDebate, openAs, roundCard, studentEmail } from "./support/debate-helpers";

test("without anonymous ballots, the instructor sees who voted for whom once voting closes; students do not", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Named ballots ${Date.now()}`;
  const instructor = await createOpenDebate(browser, title, { isAnonymous: false });
  const debatePath = new URL(instructor.url()).pathname;

  await roundCard(instructor, "Opening").getByRole("button", { name: "Lock now" }).click();
  await instructor.getByRole("dialog", { name: "Lock Opening now?" }).getByRole("button", { name: "Lock now" }).click();
  await expect(roundCard(instructor, "Opening").getByText("Voting", { exact: true })).toBeVisible();

  const student = await openAs(browser, studentEmail(7), debatePath);
  const ballot = roundCard(student, "Opening").getByRole("region", { name: "Your vote on Opening" });
  await expect(ballot.getByRole("radio").first()).toBeVisible({ timeout: 15_000 });
  const choice = (await ballotChoices(ballot)).find((candidate) => !candidate.isOwn)!;
  await ballot.getByRole("radio", { name: new RegExp(`^${choice.name}`) }).check();
  await ballot.getByRole("button", { name: "Cast my ballot" }).click();
  await expect(ballot.getByRole("status")).toContainText(`Your ballot for ${choice.name} is counted`);

  await instructor.reload();
  await roundCard(instructor, "Opening").getByRole("button", { name: "Close voting" }).click();
  await instructor.getByRole("dialog", { name: "Close voting on Opening?" }).getByRole("button", { name: "Close voting" }).click();
  const results = instructor.getByRole("region", { name: "Results" });
  await expect(results.getByRole("heading", { name: "Who voted for whom" })).toBeVisible({ timeout: 15_000 });
  await results.getByText("Opening: 1 ballot").click();
  const voters = results.getByRole("table", { name: "Opening: each voter's choice" });
  await expect(voters.getByRole("row")).toHaveCount(2);
  await expect(voters.getByRole("row").nth(1).getByRole("cell")).toHaveText(choice.name);
  await expectAccessible(instructor);

  await student.reload();
  await expect(student.getByRole("region", { name: "Results" }).getByText(/Winning position|Tie between/)).toBeVisible({ timeout: 15_000 });
  await expect(student.getByRole("heading", { name: "Who voted for whom" })).toHaveCount(0);
});
