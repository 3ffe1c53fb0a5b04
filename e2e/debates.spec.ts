import { expect, test } from "@playwright/test";
import { ballotChoices, browserLocalDateTime, courseId, instructorEmail, openAs, roundCard, studentEmail } from "./support/debate-helpers";
import { expectAccessible } from "./support/axe";

const debatesPath = `/courses/${courseId}/debates`;

test("an instructor runs a debate from setup to results while students argue and vote", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `Kosovo debate ${Date.now()}`;

  // ---- The instructor sets the debate up -------------------------------------------------
  const instructor = await openAs(browser, instructorEmail, debatesPath);
  await expect(instructor.getByRole("heading", { level: 1, name: "Debates" })).toBeVisible();
  await expectAccessible(instructor);

  await instructor.getByRole("link", { name: "New debate" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: "New debate" })).toBeVisible();
  await instructor.getByLabel("Case").filter({ visible: true }).selectOption({ label: "The Kosovo War and the Pristina Airport Standoff" });
  const motion = instructor.getByRole("group", { name: "Motion" }).getByRole("radio", { checked: true });
  await expect(motion).toBeVisible();
  const motionText = (await motion.locator("xpath=following-sibling::span").innerText()).trim();
  expect(motionText).toMatch(/^This house believes/);
  await instructor.getByLabel("Title (optional)").filter({ visible: true }).fill(title);
  await expect(instructor.getByRole("checkbox", { name: "Realism" })).toBeChecked();
  await expect(instructor.getByRole("checkbox", { name: "Liberalism" })).toBeChecked();
  await expect(instructor.getByRole("checkbox", { name: "Constructivism" })).toBeChecked();
  // Twelve demo students; another spec may have added a thirteenth.
  await expect(instructor.getByText(/^3 positions × 1 team = 3 teams of 4(–5)? students$/)).toBeVisible();
  await expect(instructor.getByRole("group", { name: "Round 1: Opening" })).toBeVisible();
  await expect(instructor.getByRole("group", { name: "Round 3: Closing" })).toBeVisible();
  await expectAccessible(instructor);

  // A deadline before the opening is caught before anything is sent.
  const opening = instructor.getByRole("group", { name: "Round 1: Opening" });
  const plannedLock = await opening.getByLabel("Deadline (locks)").filter({ visible: true }).inputValue();
  await opening.getByLabel("Deadline (locks)").filter({ visible: true }).fill(await browserLocalDateTime(instructor, -3_600_000));
  await instructor.getByRole("button", { name: "Create and assign teams" }).click();
  await expect(opening.getByText("The deadline must be after the round opens")).toBeVisible();
  await expect(opening.getByLabel("Deadline (locks)").filter({ visible: true })).toBeFocused();

  // The first round opens now; the rest keep their default plan.
  await opening.getByLabel("Opens").filter({ visible: true }).fill(await browserLocalDateTime(instructor, -60_000));
  await opening.getByLabel("Deadline (locks)").filter({ visible: true }).fill(plannedLock);
  await instructor.getByRole("button", { name: "Create and assign teams" }).click();

  // ---- The assignment editor -------------------------------------------------------------
  await expect(instructor).toHaveURL(/\/debates\/[^/]+\/assignment$/);
  await expect(instructor.getByRole("heading", { level: 1, name: "Assign teams" })).toBeVisible();
  const teams = instructor.getByRole("region", { name: "Teams" });
  await expect(teams.getByRole("heading", { level: 3 })).toHaveText(["Realism", "Liberalism", "Constructivism"]);
  await expect(instructor.getByRole("columnheader", { name: "Argued before" }).first()).toBeVisible();
  await expectAccessible(instructor);

  // Moving a student uses a select, so it works from the keyboard; undo restores the proposal.
  const realism = teams.getByRole("region", { name: "Realism" });
  const firstRealist = (await realism.getByRole("rowheader").first().innerText()).trim();
  await instructor.getByLabel(`Team for ${firstRealist}`).filter({ visible: true }).selectOption({ label: "Move to Liberalism" });
  await expect(instructor.getByRole("status").filter({ hasText: `${firstRealist} moved to Liberalism` })).toBeVisible();
  await expect(teams.getByRole("region", { name: "Liberalism" }).getByRole("rowheader", { name: firstRealist })).toBeVisible();
  await expect(instructor.getByLabel(`Team for ${firstRealist}`).filter({ visible: true })).toBeFocused();
  await expect(teams.getByRole("region", { name: "Liberalism" }).getByText("Placed by you")).toBeVisible();
  await instructor.getByRole("button", { name: "Undo my changes" }).click();
  await expect(realism.getByRole("rowheader", { name: firstRealist })).toBeVisible();

  // Swapping is choose-then-press, also from the keyboard.
  const liberalism = teams.getByRole("region", { name: "Liberalism" });
  const firstLiberal = (await liberalism.getByRole("rowheader").first().innerText()).trim();
  await instructor.getByLabel(`Swap ${firstRealist} with`).filter({ visible: true }).selectOption({ label: firstLiberal });
  await instructor.getByRole("button", { name: `Swap ${firstRealist}` }).press("Enter");
  await expect(liberalism.getByRole("rowheader", { name: firstRealist })).toBeVisible();
  await expect(realism.getByRole("rowheader", { name: firstLiberal })).toBeVisible();
  await instructor.getByRole("button", { name: "Undo my changes" }).click();
  await expect(realism.getByRole("rowheader", { name: firstRealist })).toBeVisible();

  await instructor.getByRole("button", { name: "Publish teams" }).click();
  await instructor.getByRole("dialog", { name: "Publish these teams?" }).getByRole("button", { name: "Publish teams" }).click();
  // Another spec may add a student to the demo course meanwhile; the editor then asks for a new proposal.
  const needsNewProposal = instructor.getByText("neither on a team nor left out");
  await expect(instructor.getByRole("heading", { level: 1, name: title }).or(needsNewProposal)).toBeVisible();
  if (await needsNewProposal.isVisible()) {
    await instructor.getByRole("button", { name: "Re-roll" }).click();
    await expect(instructor.getByRole("status").filter({ hasText: "New proposal" })).toBeVisible();
    await instructor.getByRole("button", { name: "Publish teams" }).click();
    await instructor.getByRole("dialog", { name: "Publish these teams?" }).getByRole("button", { name: "Publish teams" }).click();
  }
  await expect(instructor).toHaveURL(/\/debates\/[^/]+$/);
  const debatePath = new URL(instructor.url()).pathname;
  await expect(instructor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(instructor.getByText(motionText)).toBeVisible();
  await expect(roundCard(instructor, "Opening").getByText("Open for writing")).toBeVisible();
  await expect(instructor.getByText("Live: updates as they happen")).toBeVisible();
  await expectAccessible(instructor);

  // ---- Students see their positions ------------------------------------------------------
  const first = await openAs(browser, studentEmail(1), debatesPath);
  const card = first.getByRole("article", { name: title });
  await expect(card).toBeVisible();
  const firstPosition = (await card.getByRole("definition").filter({ has: first.locator("strong") }).innerText()).trim();
  expect(["Realism", "Liberalism", "Constructivism"]).toContain(firstPosition);
  await expect(card.getByRole("link", { name: "Write your argument" })).toHaveAttribute("href", /\/rounds\/[^/]+\/teams\/[^/]+$/);
  await expect(card.getByText(/Opening locks in/).first()).toBeVisible();
  await expectAccessible(first);

  await card.getByRole("link", { name: title }).click();
  await expect(first.getByRole("heading", { level: 2, name: `You argue ${firstPosition}` })).toBeVisible();
  await expect(first.getByRole("heading", { name: `Arguing ${firstPosition}` })).toBeVisible();
  await expect(first.getByRole("heading", { name: "Core claims" })).toBeVisible();
  await expect(first.getByRole("heading", { name: `What ${firstPosition} says about this case` })).toBeVisible();
  await expect(first.getByText("Live: updates as they happen")).toBeVisible();
  await expectAccessible(first);

  const second = await openAs(browser, studentEmail(2), debatePath);
  await expect(second.getByRole("heading", { level: 2, name: /^You argue / })).toBeVisible();
  await expect(second.getByText("Live: updates as they happen")).toBeVisible();
  await expectAccessible(second);

  // ---- The instructor locks round 1; voting opens on every open page ----------------------
  await roundCard(instructor, "Opening").getByRole("button", { name: "Lock now" }).click();
  await instructor.getByRole("dialog", { name: "Lock Opening now?" }).getByRole("button", { name: "Lock now" }).click();
  await expect(instructor.getByRole("status").filter({ hasText: "Opening is locked" })).toBeVisible();
  await expect(roundCard(instructor, "Opening").getByText("Voting", { exact: true })).toBeVisible();
  await expect(roundCard(instructor, "Opening").getByText("0 ballots")).toBeVisible();

  // No reload: the students' pages follow the subscription.
  const firstBallot = roundCard(first, "Opening").getByRole("region", { name: "Your vote on Opening" });
  const secondBallot = roundCard(second, "Opening").getByRole("region", { name: "Your vote on Opening" });
  await expect(firstBallot).toBeVisible({ timeout: 15_000 });
  await expect(secondBallot).toBeVisible({ timeout: 15_000 });
  await expect(roundCard(first, "Opening").getByRole("link", { name: /Read your team's argument/ })).toBeVisible();
  await expectAccessible(first);

  // One's own team cannot be chosen, and the server refuses it too.
  const firstChoices = await ballotChoices(firstBallot);
  const secondChoices = await ballotChoices(secondBallot);
  const firstOwn = firstChoices.find((choice) => choice.isOwn);
  expect(firstOwn?.name).toBe(firstPosition);
  expect(firstChoices.filter((choice) => choice.isOwn)).toHaveLength(1);
  await expect(firstBallot.getByRole("radio", { name: /your team/ })).toBeDisabled();
  await expect(firstBallot.getByRole("radio", { name: /your team/ })).toHaveAccessibleDescription("You cannot vote for your own team.");
  const roundId = ((await roundCard(first, "Opening").locator("xpath=..").getAttribute("id")) ?? "").replace(/^round-/, "");
  const refused = await first.request.post("/api/trpc/vote.cast", { data: { json: { courseId, roundId, teamId: firstOwn!.teamId } } });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("You cannot vote for your own team");

  // Both vote for a team neither of them is on, so the outcome is known.
  const secondOwnId = secondChoices.find((choice) => choice.isOwn)?.teamId;
  const favourite = firstChoices.find((choice) => !choice.isOwn && choice.teamId !== secondOwnId)!;
  const other = firstChoices.find((choice) => !choice.isOwn && choice.teamId !== favourite.teamId)!;

  // The first student changes their mind once: one ballot, now for the favourite.
  await firstBallot.getByRole("radio", { name: new RegExp(`^${other.name}`) }).check();
  await firstBallot.getByRole("button", { name: "Cast my ballot" }).click();
  await expect(firstBallot.getByRole("status")).toContainText(`Your ballot for ${other.name} is counted`);
  await firstBallot.getByRole("radio", { name: new RegExp(`^${favourite.name}`) }).check();
  await firstBallot.getByRole("button", { name: "Change my ballot" }).click();
  await expect(firstBallot.getByRole("status")).toContainText(`Your ballot for ${favourite.name} is counted`);
  await expect(firstBallot.getByText("1 ballot", { exact: true })).toBeVisible();

  await secondBallot.getByRole("radio", { name: new RegExp(`^${favourite.name}`) }).check();
  await secondBallot.getByRole("button", { name: "Cast my ballot" }).click();
  await expect(secondBallot.getByRole("status")).toContainText(`Your ballot for ${favourite.name} is counted`);

  // Ballot counts arrive live; their contents stay hidden.
  await expect(roundCard(instructor, "Opening").getByText("2 ballots")).toBeVisible({ timeout: 15_000 });
  await expect(firstBallot.getByText("2 ballots", { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(instructor.getByText("Results appear here once voting on a round closes.")).toBeVisible();

  // ---- The instructor closes voting; results show everywhere -----------------------------
  await roundCard(instructor, "Opening").getByRole("button", { name: "Close voting" }).click();
  await instructor.getByRole("dialog", { name: "Close voting on Opening?" }).getByRole("button", { name: "Close voting" }).click();
  await expect(roundCard(instructor, "Opening").getByText("Closed", { exact: true })).toBeVisible();
  const results = instructor.getByRole("region", { name: "Results" });
  await expect(results.getByText(`Winning position: ${favourite.name}, by 2 votes (2 votes of 2 ballots).`)).toBeVisible({ timeout: 15_000 });
  await expect(results.getByRole("img", { name: /Votes per team per round/ })).toBeVisible();
  const table = results.getByRole("table", { name: "Votes per team and round" });
  await expect(table.getByRole("row", { name: new RegExp(`^${favourite.name} 2 \\(100%\\)$`) })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Ballots counted 2$/ })).toBeVisible();
  await expectAccessible(instructor);

  await expect(first.getByRole("region", { name: "Results" }).getByText(`Winning position: ${favourite.name}`)).toBeVisible({ timeout: 15_000 });
  await expect(firstBallot).toBeHidden();
  await expectAccessible(first);

  // The list pages agree.
  await first.goto(debatesPath);
  await expect(first.getByRole("article", { name: title }).getByText("Rebuttal has not opened yet.")).toBeVisible();
  await expectAccessible(first);
});
