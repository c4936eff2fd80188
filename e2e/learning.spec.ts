import { expect, test, type Page } from "@playwright/test";
import { firstLink, waitForMail } from "./support/outbox";
import { demo, signInViaApi, uniqueEmail } from "./support/session";

const COURSE = "advanced-sql-window-functions"; // free, four lessons and a quiz (demo seed)

/** A brand-new learner, so the journey starts from nothing on every run. */
async function signUpFreshLearner(page: Page, name: string): Promise<string> {
  const email = uniqueEmail("learner");
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-good-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(firstLink((await waitForMail(email, /sign-in link/)).text));
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  return email;
}

async function answer(page: Page, question: RegExp, choices: string[]) {
  const group = page.getByRole("group", { name: question });
  for (const choice of choices) await group.getByLabel(choice, { exact: true }).check();
}

test("enroll in a free course, read the lessons, fail then pass the quiz, complete and review it", async ({ page }) => {
  test.setTimeout(90_000);
  const email = await signUpFreshLearner(page, "Jo Journey");

  await page.goto(`/courses/${COURSE}`);
  await page.getByRole("button", { name: "Enroll for free" }).click();

  // Enrolling goes to /learn/[courseSlug], which opens the first lesson to do.
  await expect(page).toHaveURL(new RegExp(`/learn/${COURSE}/[0-9a-f-]{36}$`));
  const nav = page.getByRole("navigation", { name: "Course contents" });
  await expect(nav.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0");
  await expect(page.locator("article pre code.hljs").first()).toBeVisible(); // highlighted SQL

  for (let lesson = 1; lesson <= 4; lesson++) {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Mark complete and continue" }).click();
    if (lesson < 4) await expect(page).toHaveURL(new RegExp(`/learn/${COURSE}/[0-9a-f-]{36}$`));
  }
  await expect(page).toHaveURL(new RegExp(`/learn/${COURSE}/quiz/`));
  await expect(nav.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "80");
  // The answers are not in the page before grading.
  expect(await page.content()).not.toMatch(/isCorrect|ROW_NUMBER never ties/);

  await answer(page, /tied rows/, ["ROW_NUMBER()"]);
  await answer(page, /another row/, ["LAG()"]);
  await answer(page, /PARTITION BY/, ["Sorts the final result"]);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Not passed yet: 0%" })).toBeVisible();
  await expect(page.getByText("ROW_NUMBER never ties")).toBeVisible(); // feedback on what was wrong
  await expect(page.getByText("(right answer)")).toHaveCount(0);

  await page.getByRole("button", { name: "Try again" }).click();
  await answer(page, /tied rows/, ["RANK()"]);
  await answer(page, /another row/, ["LAG()", "LEAD()"]);
  await answer(page, /PARTITION BY/, ["Restarts the calculation for each group without collapsing rows"]);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Passed: 100%" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your attempts" }).getByRole("listitem")).toHaveCount(2);

  await page.getByRole("link", { name: "See your achievement" }).click();
  await expect(page.getByRole("heading", { name: /You completed/ })).toBeVisible();
  await waitForMail(email, /You completed/);

  await page.getByLabel("4 stars").check();
  await page.getByLabel(/Your review/).fill("Clear explanations of window functions. The cohort lesson was the best part.");
  await page.getByRole("button", { name: "Publish review" }).click();
  await expect(page.getByText("Thanks! Your review is published.")).toBeVisible();

  await page.goto("/learning");
  const completed = page.getByRole("region", { name: "Completed" });
  await expect(completed.getByRole("link", { name: "Advanced SQL: Window Functions and Analytical Patterns", exact: true })).toBeVisible();

  await page.goto(`/courses/${COURSE}`);
  const reviews = page.getByRole("list", { name: "Reviews" });
  await expect(reviews.getByText("The cohort lesson was the best part.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Rating distribution" })).toContainText("4 stars");
  await expect(page.getByRole("button", { name: "Update review" })).toBeVisible(); // one review, editable
  await expect(page.getByRole("link", { name: "Go to course" })).toBeVisible();
});

test("a learner without an enrollment is stopped at a paid lesson", async ({ page }) => {
  await page.goto("/courses/from-spreadsheets-to-sql");
  await page.getByRole("link", { name: "From sheets to relational tables" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "From sheets to relational tables" })).toBeVisible();
  await expect(page.getByText("Free preview")).toBeVisible();

  // Anonymous: moving on asks to sign in.
  const paidLesson = (await page.getByRole("link", { name: /^Next/ }).getAttribute("href"))!;
  await page.getByRole("link", { name: /^Next/ }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Flearn%2F/);

  // Signed in but not enrolled: a clear "enroll to continue" state, for the lesson and the syllabus.
  await signInViaApi(page, demo.learner);
  await page.goto(paidLesson);
  await expect(page.getByRole("heading", { name: "Enroll to continue" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See the course and enroll" })).toHaveAttribute("href", "/courses/from-spreadsheets-to-sql");
  await expect(page.getByRole("button", { name: /Mark complete/ })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Course contents" }).getByText("(enroll to open)").first()).toBeAttached();

  await page.goto("/learn/from-spreadsheets-to-sql");
  await expect(page).toHaveURL(/\/courses\/from-spreadsheets-to-sql$/);
});

test("my learning starts empty with a way to the catalog", async ({ page }) => {
  await signUpFreshLearner(page, "Em Empty");
  await page.goto("/learning");
  await expect(page.getByRole("heading", { name: "No courses yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse courses" })).toBeVisible();
});
