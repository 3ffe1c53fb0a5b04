import { expect, test, type Browser, type Page, type WebSocketRoute } from "@playwright/test";
import { demoPassword, demoStudents } from "../prisma/seed/demo-accounts";
import { createOpenDebate, openAs, roundCard, studentEmail } from "./support/debate-helpers";
import { expectAccessible } from "./support/axe";


/**
 * Signs in on a context whose websockets to the collaboration server pass through a switch: while
 * it is off, live connections are dropped and new ones refused, as when the network goes away.
 */
async function openWithCollabSwitch(browser: Browser, email: string, path: string) {
  const context = await browser.newContext();
  const live = new Set<WebSocketRoute>();
  let isCutOff = false;
  await context.routeWebSocket(/:\d+\/argument:/, (route) => {
    if (isCutOff) {
      void route.close({ code: 4000, reason: "network gone" });
      return;
    }
    const server = route.connectToServer();
    live.add(route);
    route.onClose(() => {
      live.delete(route);
      void server.close();
    });
  });
  const page = await context.newPage();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").filter({ visible: true }).fill(email);
  await page.getByLabel("Password").filter({ visible: true }).fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  const cutOff = async () => {
    isCutOff = true;
    await Promise.all([...live].map((route) => route.close({ code: 4000, reason: "network gone" })));
  };
  const restore = () => {
    isCutOff = false;
  };
  return { page, cutOff, restore };
}

const editorOf = (page: Page) => page.getByRole("textbox", { name: /argument for Opening$/ });

/** The empty paragraph under one of the template's headings. */
const paragraphAfter = (page: Page, heading: string) => editorOf(page).locator("h2", { hasText: heading }).locator("xpath=following-sibling::p[1]");

/** A block's text as written, without the other people's caret labels drawn inside it. */
const writtenText = (block: ReturnType<typeof paragraphAfter>) => () =>
  block.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll(".collaboration-carets__caret")) caret.remove();
    return copy.textContent ?? "";
  });

test("two students of a team write their argument together; another team cannot open it", async ({ browser }) => {
  test.setTimeout(180_000);
  const instructor = await createOpenDebate(browser, `Editor debate ${Date.now()}`);
  const debatePath = new URL(instructor.url()).pathname;

  // The first student finds their team and their teammates on the debate page.
  const first = await openAs(browser, studentEmail(1), debatePath);
  const firstName = demoStudents[0]!.name;
  const teammatesLine = await first.getByText(/^Your teammates: /).filter({ visible: true }).innerText();
  const teammateNames = teammatesLine.replace(/^Your teammates: /, "").replace(/\.$/, "").split(", ");
  const teammate = demoStudents.find((student) => student.name === teammateNames[0])!;
  const outsider = demoStudents.find((student) => student.name !== firstName && !teammateNames.includes(student.name))!;
  expect(teammate).toBeDefined();
  expect(outsider).toBeDefined();

  await first.getByRole("link", { name: "Write your argument" }).filter({ visible: true }).first().click();
  await expect(first).toHaveURL(/\/rounds\/[^/]+\/teams\/[^/]+$/);
  const argumentPath = new URL(first.url()).pathname;
  const { page: second, cutOff, restore } = await openWithCollabSwitch(browser, teammate.email, argumentPath);

  for (const page of [first, second]) {
    await expect(page.getByRole("heading", { level: 1, name: "Your argument: Opening" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /^Connected$/ })).toBeVisible({ timeout: 15_000 });
    await expect(editorOf(page)).toHaveAttribute("contenteditable", "true");
    // The template went in once, although both opened the empty document.
    await expect(editorOf(page).locator("h2")).toHaveText(["Claim", "Evidence", "Reasoning", "Rebuttal"]);
    await expect(page.getByText(/^Locks in/).first()).toBeVisible();
  }
  await expectAccessible(first);

  // Both type at the same time, in different sections.
  const firstText = "Kosovo intervention bypassed the Security Council";
  const secondText = "Russia saw Pristina as a test";
  await paragraphAfter(first, "Claim").click();
  await paragraphAfter(second, "Evidence").click();
  await Promise.all([first.keyboard.type(firstText, { delay: 40 }), second.keyboard.type(secondText, { delay: 40 })]);

  for (const page of [first, second]) {
    await expect.poll(writtenText(paragraphAfter(page, "Claim"))).toBe(firstText);
    await expect.poll(writtenText(paragraphAfter(page, "Evidence"))).toBe(secondText);
    // Four headings and twelve words typed.
    await expect(page.getByText(/^16( \/ \d+)? words/)).toBeVisible();
  }

  // Each sees the other's caret, labelled with their name, and the other in "Here now".
  await expect(first.locator(".collaboration-carets__label", { hasText: teammate.name })).toBeVisible();
  await expect(second.locator(".collaboration-carets__label", { hasText: firstName })).toBeVisible();
  await expect(first.getByRole("region", { name: "Here now" }).getByText(teammate.name)).toBeVisible();
  await expect(second.getByRole("region", { name: "Here now" }).getByText(firstName)).toBeVisible();
  await first.screenshot({ path: "test-results/argument-editor-first.png", fullPage: true });
  await second.screenshot({ path: "test-results/argument-editor-second.png", fullPage: true });

  // The second loses the connection: what they type stays on their page and arrives once they are back.
  await cutOff();
  await expect(second.getByRole("status").filter({ hasText: /^(Reconnecting|Offline)/ })).toBeVisible();
  await paragraphAfter(second, "Reasoning").click();
  await second.keyboard.type("Typed while cut off", { delay: 20 });
  await first.waitForTimeout(1_500);
  expect(await writtenText(paragraphAfter(first, "Reasoning"))()).toBe("");
  restore();
  await expect(second.getByRole("status").filter({ hasText: /^Connected$/ })).toBeVisible({ timeout: 15_000 });
  await expect.poll(writtenText(paragraphAfter(first, "Reasoning"))).toBe("Typed while cut off");

  // Formatting buttons say what is on where the cursor is.
  const heading = first.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Heading H2" });
  await expect(heading).toHaveAttribute("aria-pressed", "false");
  await editorOf(first).locator("h2", { hasText: "Reasoning" }).click();
  await expect(heading).toHaveAttribute("aria-pressed", "true");

  // A citation to one of the case's sources goes in where the cursor is, for both.
  await paragraphAfter(first, "Claim").click();
  await first.keyboard.press("End");
  await first.keyboard.type(" ");
  await first.getByLabel("Cite a source").filter({ visible: true }).selectOption({ index: 1 });
  await first.getByRole("button", { name: "Insert citation" }).click();
  for (const page of [first, second]) await expect.poll(writtenText(paragraphAfter(page, "Claim"))).toMatch(new RegExp(`^${firstText} \\(.+, [^)]+\\) ?$`));
  await expectAccessible(second);

  // A student of another team is refused while the round is open.
  const other = await openAs(browser, outsider.email, argumentPath);
  await expect(other.getByRole("heading", { level: 1, name: "You can't open this team's argument while the round is open" })).toBeVisible();
  await expect(other.getByRole("textbox")).toHaveCount(0);
  await other.screenshot({ path: "test-results/argument-editor-refused.png" });
  await expectAccessible(other);

  // Course staff read the argument while the round is open, and see who wrote what.
  await instructor.goto(argumentPath);
  await expect(instructor.getByText("Read-only", { exact: true })).toBeVisible();
  await expect.poll(writtenText(paragraphAfter(instructor, "Evidence"))).toBe(secondText);
  await expect(editorOf(instructor)).toHaveAttribute("contenteditable", "false");
  await expect(instructor.getByRole("region", { name: "Contributions" }).getByRole("rowheader", { name: firstName })).toBeVisible();
  await expectAccessible(instructor);
  await instructor.goto(debatePath);

  // The instructor locks the round early: the open editors turn read-only without a reload.
  await roundCard(instructor, "Opening").getByRole("button", { name: "Lock now" }).click();
  await instructor.getByRole("dialog", { name: "Lock Opening now?" }).getByRole("button", { name: "Lock now" }).click();
  await expect(instructor.getByRole("status").filter({ hasText: "Opening is locked" })).toBeVisible();
  for (const page of [first, second]) {
    await expect(page.getByText("Locked", { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(editorOf(page)).toHaveAttribute("contenteditable", "false");
    await expect(page.getByRole("toolbar", { name: "Formatting" })).toHaveCount(0);
  }
  await first.screenshot({ path: "test-results/argument-editor-locked.png", fullPage: true });
  await expectAccessible(first);

  // Once locked, the other team may read it (this debate reveals arguments after the lock).
  await other.reload();
  await expect(other.getByRole("heading", { level: 1, name: `${await teamNameOf(first)}'s argument: Opening` })).toBeVisible();
  await expect.poll(writtenText(paragraphAfter(other, "Evidence"))).toBe(secondText);
  await expect(editorOf(other)).toHaveAttribute("contenteditable", "false");
  await expect(other.getByRole("region", { name: "Contributions" })).toHaveCount(0);
});

/** The team's name, from the breadcrumb "Team: Round". */
async function teamNameOf(page: Page): Promise<string> {
  const crumb = await page.getByRole("navigation", { name: "Breadcrumb" }).getByText(/: Opening$/).filter({ visible: true }).innerText();
  return crumb.replace(/: Opening$/, "").trim();
}
