import { expect, test, type Page } from "@playwright/test";
import { courseId, createOpenDebate } from "./support/debate-helpers";

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const studentRow = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });

test("the assignment editor's notes describe the teams on screen after a hand move", async ({ browser }) => {
  test.setTimeout(180_000);
  // A published debate gives the class earlier teammates.
  const instructor = await createOpenDebate(browser, `Earlier debate ${Date.now()}`);
  const earlierTeams = await instructor
    .getByRole("region", { name: "Positions and teams" })
    .evaluate((section) =>
      [...section.querySelectorAll(":scope > ul > li > ul > li")].map((team) => [...team.querySelectorAll(":scope > ul > li")].map((member) => member.textContent?.trim() ?? "")),
    );
  expect(earlierTeams.flat().length).toBeGreaterThanOrEqual(12);

  await instructor.goto(`/courses/${courseId}/debates`);
  await instructor.getByRole("link", { name: "New debate" }).click();
  await instructor.getByLabel("Case").filter({ visible: true }).selectOption({ label: "The Kosovo War and the Pristina Airport Standoff" });
  await instructor.getByLabel("Title (optional)").filter({ visible: true }).fill(`Later debate ${Date.now()}`);
  await instructor.getByRole("button", { name: "Create and assign teams" }).click();
  await expect(instructor).toHaveURL(/\/debates\/[^/]+\/assignment$/);

  // Where the proposal put everyone.
  const teams = instructor.getByRole("region", { name: "Teams" });
  await expect(teams.getByRole("rowheader").first()).toBeVisible();
  const teamNames = (await teams.getByRole("heading", { level: 3 }).allInnerTexts()).map((name) => name.trim());
  const teamOf = new Map<string, string>();
  for (const teamName of teamNames) {
    for (const member of await teams.getByRole("region", { name: teamName, exact: true }).getByRole("rowheader").allInnerTexts()) teamOf.set(member.trim(), teamName);
  }

  // Two earlier teammates, preferably ones the proposal kept apart: Stoa's own notes never
  // mentioned their pair. With more history (other specs' debates) rotation may keep every
  // earlier team together; then moving one of them away must take the note off instead.
  const earlierPairs = earlierTeams.flatMap((members) =>
    members.flatMap((first) => members.filter((second) => second !== first && teamOf.has(first) && teamOf.has(second)).map((second) => [first, second] as const)),
  );
  const apart = earlierPairs.find(([first, second]) => teamOf.get(first) !== teamOf.get(second));
  const chosen = apart ?? earlierPairs[0];
  expect(chosen, "two earlier teammates among the proposed teams").toBeDefined();
  const [mover, earlierTeammate] = chosen!;
  const homeTeam = teamOf.get(mover)!;
  const targetTeam = apart ? teamOf.get(earlierTeammate)! : teamNames.find((name) => name !== homeTeam)!;
  const teamedBefore = (name: string) => new RegExp(`Teamed before with .*${escaped(name)} \\(\\d+×\\)`);
  const expectPairNoted = async (isNoted: boolean) => {
    for (const [student, other] of [
      [mover, earlierTeammate],
      [earlierTeammate, mover],
    ] as const) {
      if (isNoted) await expect(studentRow(instructor, student)).toContainText(teamedBefore(other));
      else await expect(studentRow(instructor, student)).not.toContainText(teamedBefore(other));
    }
  };
  await expectPairNoted(!apart);

  await instructor.getByLabel(`Team for ${mover}`).filter({ visible: true }).selectOption({ label: `Move to ${targetTeam}` });
  await expect(instructor.getByRole("status").filter({ hasText: `${mover} moved to ${targetTeam}` })).toBeVisible();
  await expect(teams.getByRole("region", { name: targetTeam, exact: true }).getByRole("rowheader", { name: mover, exact: true })).toBeVisible();
  await expectPairNoted(Boolean(apart));

  // Undoing the move restores the proposal's notes.
  await instructor.getByRole("button", { name: "Undo my changes" }).click();
  await expect(teams.getByRole("region", { name: homeTeam, exact: true }).getByRole("rowheader", { name: mover, exact: true })).toBeVisible();
  await expectPairNoted(!apart);
});
