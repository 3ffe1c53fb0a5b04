import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { demoStudents } from "../prisma/seed/demo-accounts";
import { demoCourseId, demoInstructor, demoPassword, demoStudent } from "./support/accounts";
import { browserLocalDateTime, createOpenDebate, openAs } from "./support/debate-helpers";
import { lockOpening } from "./support/grading-helpers";
import { expectHealthyPage, waitForHydration, watchPageHealth } from "./support/page-health";

/**
 * Every page of the app, as each role that can open it: no serious or critical axe violation, no
 * hydration or uncaught error, its main heading shown (not an error page), and the keyboard route
 * from the top of the page into the main content. Students meet staff pages as an explanation,
 * not a crash; signed-out visitors are sent to sign in.
 *
 * Tests in one file run in order in one worker: the course's content (a debate with a locked
 * round, a seminar thread with a post) is made once per worker, and each role signs in once.
 */

const course = `/courses/${demoCourseId}`;
const courseTitle = "US–Russian Relations after the Cold War";
const seededRubric = "Theory-based debate argument rubric";
const denied = "You don't have access";
const student = { email: demoStudent(1), name: demoStudents[0]!.name };
// Browsers in a time zone other than the server's (UTC): times rendered on the server in its own
// zone would no longer match the browser's and fail hydration.
const timezoneId = "America/New_York";

type World = {
  caseId: string;
  caseTitle: string;
  debatePath: string;
  debateTitle: string;
  draftAssignmentPath: string;
  teamPath: string;
  teamHeading: RegExp;
  submissionPath: string;
  threadPath: string;
  threadTitle: string;
  threadId: string;
  participationStudentPath: string;
  rubricId: string;
  thesisId: string;
  thesisTitle: string;
};

/** The first link on the page whose address matches `pattern`, once the streamed content shows one. */
async function hrefMatching(page: Page, prefix: string, pattern: RegExp): Promise<string> {
  await expect(page.locator(`a[href^="${prefix}"]`).filter({ visible: true }).first()).toBeVisible();
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const href = hrefs.find((candidate) => pattern.test(candidate));
  expect(href, `a link matching ${pattern} on ${page.url()}`).toBeTruthy();
  return href!;
}

async function buildWorld(browser: Browser): Promise<World> {
  const stamp = Date.now();
  const debateTitle = `Accessible debate ${stamp}`;
  const threadTitle = `Accessible thread ${stamp}`;

  // ---- A debate whose first round is open, then locked for grading ------------------------
  const instructor = await createOpenDebate(browser, debateTitle);
  const debatePath = new URL(instructor.url()).pathname;
  const learner = await openAs(browser, student.email, debatePath);
  await learner.getByRole("link", { name: "Write your argument" }).filter({ visible: true }).first().click();
  await expect(learner).toHaveURL(/\/rounds\/[^/]+\/teams\/[^/]+$/);
  const teamPath = new URL(learner.url()).pathname;
  await lockOpening(instructor);

  // ---- A second debate left as a draft: its assignment page is the team editor ------------
  await instructor.goto(`${course}/debates/new`);
  await instructor.getByLabel("Case").filter({ visible: true }).selectOption({ label: "The Kosovo War and the Pristina Airport Standoff" });
  await instructor.getByLabel("Title (optional)").filter({ visible: true }).fill(`${debateTitle} (draft)`);
  await instructor.getByRole("group", { name: "Round 1: Opening" }).getByLabel("Opens").filter({ visible: true }).fill(await browserLocalDateTime(instructor, 86_400_000));
  await instructor.getByRole("button", { name: "Create and assign teams" }).click();
  await expect(instructor).toHaveURL(/\/debates\/[^/]+\/assignment$/);
  await expect(instructor.getByRole("button", { name: "Publish teams" })).toBeVisible();
  const draftAssignmentPath = new URL(instructor.url()).pathname;

  // ---- The course rubric on the whole debate; one team's locked argument to grade ----------
  await instructor.goto(`${course}/grading`);
  const card = instructor.getByRole("article", { name: debateTitle });
  const rubricSelect = card.getByLabel("Rubric", { exact: true }).filter({ visible: true });
  const rubricLabel = (await rubricSelect.locator("option").allInnerTexts()).find((label) => label.startsWith(seededRubric));
  if (rubricLabel) await rubricSelect.selectOption({ label: rubricLabel });
  await card.getByLabel("Attach to").filter({ visible: true }).selectOption({ label: "The whole debate" });
  await card.getByRole("button", { name: "Attach rubric" }).click();
  await expect(card.getByRole("status").filter({ hasText: "grades every round now." })).toBeVisible();
  const gradeLink = card.getByRole("link", { name: /^Grade: .+, Opening$/ }).first();
  await expect(gradeLink).toBeVisible();
  const submissionPath = new URL((await gradeLink.getAttribute("href"))!, instructor.url()).pathname;

  // ---- A seminar thread with the student's post, graded with the course rubric -------------
  await instructor.goto(`${course}/seminars`);
  await instructor.getByText("Open a thread on a case").filter({ visible: true }).click();
  await instructor.getByRole("textbox", { name: "Thread title" }).fill(threadTitle);
  await instructor.getByRole("button", { name: "Open thread" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: threadTitle })).toBeVisible();
  const threadPath = new URL(instructor.url()).pathname;
  const threadId = threadPath.split("/").pop()!;
  await learner.goto(threadPath);
  const composer = learner.getByRole("textbox", { name: "Your post" });
  await composer.click();
  await composer.pressSequentially("Moscow blinked at Pristina airport.");
  await learner.getByRole("button", { name: "Post", exact: true }).click();
  await expect(learner.getByText("Moscow blinked at Pristina airport.").filter({ visible: true })).toBeVisible();

  await instructor.goto(`${course}/grading/seminars/${threadId}`);
  await expect(instructor.getByRole("heading", { level: 1, name: threadTitle })).toBeVisible();
  await instructor.getByRole("button", { name: "Attach rubric" }).click();
  await expect(instructor.getByRole("link", { name: new RegExp(seededRubric) })).toBeVisible();
  const participationLink = instructor.getByRole("link", { name: `Grade: ${student.name}` });
  await expect(participationLink).toBeVisible();
  const participationStudentPath = new URL((await participationLink.getAttribute("href"))!, instructor.url()).pathname;

  // ---- Seeded content: a case, the rubric, the thesis --------------------------------------
  await instructor.goto(course);
  const casePath = await hrefMatching(instructor, `${course}/cases/`, /^\/courses\/[^/]+\/cases\/[^/]+$/);
  await instructor.goto(casePath);
  const caseTitle = (await instructor.getByRole("heading", { level: 1 }).innerText()).trim();
  await instructor.goto(`${course}/grading/rubrics`);
  // Other specs add rubrics of their own: the seeded one, by name.
  const rubricHref = await instructor.getByRole("link", { name: seededRubric }).first().getAttribute("href");
  const rubricId = new URL(rubricHref!, instructor.url()).pathname.split("/").pop()!;
  await instructor.goto(`${course}/library`);
  const thesisPath = await hrefMatching(instructor, `${course}/library/`, /\/library\/[^/]+$/);
  await instructor.goto(thesisPath);
  const thesisTitle = (await instructor.getByRole("heading", { level: 1 }).innerText()).trim();

  await Promise.all([instructor.context().close(), learner.context().close()]);
  return {
    caseId: casePath.split("/").pop()!,
    caseTitle,
    debatePath,
    debateTitle,
    draftAssignmentPath,
    teamPath,
    teamHeading: /^(Your argument|.+'s argument): Opening$/,
    submissionPath,
    threadPath,
    threadTitle,
    threadId,
    participationStudentPath,
    rubricId,
    thesisId: thesisPath.split("/").pop()!,
    thesisTitle,
  };
}

let world: World | undefined;
async function theWorld(browser: Browser) {
  world ??= await buildWorld(browser);
  return world;
}

/** One page: where it is and the main heading it must show. */
type Visit = { name: string; path: (world: World) => string; heading: (world: World) => string | RegExp };

const visit = (name: string, path: string | ((world: World) => string), heading: string | RegExp | ((world: World) => string | RegExp)): Visit => ({
  name,
  path: typeof path === "string" ? () => path : path,
  heading: typeof heading === "function" ? heading : () => heading,
});

// Pages every member sees.
const sharedPages: Visit[] = [
  visit("my courses", "/courses", "My courses"),
  visit("course home", course, courseTitle),
  visit("case page", (w) => `${course}/cases/${w.caseId}`, (w) => w.caseTitle),
  visit("debates list", `${course}/debates`, "Debates"),
  visit("debate page", (w) => w.debatePath, (w) => w.debateTitle),
  visit("team argument editor", (w) => w.teamPath, (w) => w.teamHeading),
  visit("seminars list", `${course}/seminars`, "Seminars"),
  visit("seminar thread", (w) => w.threadPath, (w) => w.threadTitle),
  visit("thesis library", `${course}/library`, "Thesis library"),
  visit("thesis reader", (w) => `${course}/library/${w.thesisId}`, (w) => w.thesisTitle),
  visit("my grades", `${course}/grades`, "My grades"),
];

// Pages for course staff; students get the access-denied page on each.
const staffPages: Visit[] = [
  visit("settings", `${course}/settings`, "Settings"),
  visit("authoring", `${course}/authoring`, "Authoring"),
  visit("authoring: theories", `${course}/authoring/theories`, "Theories"),
  visit("authoring: new case", `${course}/authoring/cases/new`, "New case"),
  visit("authoring: case edit", (w) => `${course}/authoring/cases/${w.caseId}`, (w) => w.caseTitle),
  visit("new debate wizard", `${course}/debates/new`, "New debate"),
  visit("team assignment: editor (draft debate)", (w) => w.draftAssignmentPath, "Assign teams"),
  visit("team assignment: published debate", (w) => `${w.debatePath}/assignment`, "Assign teams"),
  visit("reported posts queue", `${course}/seminars/reports`, "Reported posts"),
  visit("grading home", `${course}/grading`, "Grading"),
  visit("rubrics list", `${course}/grading/rubrics`, "Rubrics"),
  visit("new rubric", `${course}/grading/rubrics/new`, "New rubric"),
  visit("rubric edit", (w) => `${course}/grading/rubrics/${w.rubricId}`, seededRubric),
  visit("submission grader", (w) => w.submissionPath, /^Grade: .+, Opening$/),
  visit("seminar grading list", `${course}/grading/seminars`, "Seminar participation"),
  visit("seminar grading: thread", (w) => `${course}/grading/seminars/${w.threadId}`, (w) => w.threadTitle),
  visit("seminar grading: student", (w) => w.participationStudentPath, student.name),
  visit("dashboard", `${course}/dashboard`, "Dashboard"),
  visit("thesis: new case from passages", (w) => `${course}/library/${w.thesisId}/derive?kind=case`, "New case from the thesis"),
];

/**
 * Opens `path` and checks it: not an error response nor a redirect elsewhere, the main heading
 * shown, hydrated, then axe, the keyboard route and the errors collected meanwhile.
 */
async function expectPageWorks(page: Page, problems: string[], path: string, heading: string | RegExp) {
  problems.length = 0;
  const response = await page.goto(path, { waitUntil: "load" });
  expect(response?.status(), `HTTP status of ${path}`).toBeLessThan(400);
  expect(new URL(page.url()).pathname, "no redirect").toBe(path.split("?")[0]);
  await expect(page.getByRole("heading", { level: 1, name: heading, exact: typeof heading === "string" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "could not load this page" })).toHaveCount(0);
  await waitForHydration(page);
  await waitForHydration(page, "h1");
  await expectHealthyPage(page, problems);
}

function describeRole(role: string, email: string, pages: Visit[], deniedPages: Visit[] = []) {
  test.describe(role, () => {
    let context: BrowserContext;
    let page: Page;
    const problems: string[] = [];

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(240_000);
      await theWorld(browser);
      context = await browser.newContext({ timezoneId });
      page = await context.newPage();
      watchPageHealth(page, problems);
      await page.goto("/signin");
      await page.getByLabel("Email").filter({ visible: true }).fill(email);
      await page.getByLabel("Password").filter({ visible: true }).fill(demoPassword);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(/\/courses$/, { waitUntil: "load" });
    });
    test.afterAll(async () => {
      await context?.close();
    });

    for (const target of pages) {
      test(`${target.name} is accessible`, async () => {
        await expectPageWorks(page, problems, target.path(world!), target.heading(world!));
      });
    }
    for (const target of deniedPages) {
      test(`${target.name} explains it is for staff`, async () => {
        await expectPageWorks(page, problems, target.path(world!), denied);
      });
    }
  });
}

test.describe("signed out", () => {
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  test.beforeAll(async ({ browser }) => {
    context = await browser.newContext({ timezoneId });
    page = await context.newPage();
    watchPageHealth(page, problems);
  });
  test.afterAll(async () => {
    await context?.close();
  });

  test("landing page is accessible", async () => {
    await expectPageWorks(page, problems, "/", "Argue the case. Read the evidence. Think in theories.");
  });
  test("sign-in page is accessible", async () => {
    await expectPageWorks(page, problems, "/signin", "Sign in to Stoa");
  });
  test("sign-up page is accessible", async () => {
    await expectPageWorks(page, problems, "/signup", "Create your Stoa account");
  });

  for (const path of ["/courses", course, `${course}/debates`, `${course}/grading`, `${course}/library`, `${course}/seminars/reports`]) {
    test(`${path} sends a visitor to sign in`, async () => {
      problems.length = 0;
      await page.goto(path, { waitUntil: "load" });
      await page.waitForURL((url) => url.pathname === "/signin", { waitUntil: "load" });
      expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(path);
      await expect(page.getByRole("heading", { level: 1, name: "Sign in to Stoa" })).toBeVisible();
      expect(problems).toEqual([]);
    });
  }
});

describeRole("instructor", demoInstructor, [...sharedPages, ...staffPages]);
describeRole("student", student.email, sharedPages, staffPages);
