import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { firstLink, waitForMail } from "./support/outbox";
import { demo, signInViaApi, signInWithForm, signUpFreshLearner } from "./support/session";

// The admin console against the demo seed (which includes a month of activity and a
// reported review, db/seed/demo-activity.ts) and the simulated Stripe.
test.describe.configure({ timeout: 90_000 });

// The seeded reported review (REPORTED_REVIEW_BODY in db/seed/demo-activity.ts).
const REPORTED_REVIEW_BODY = "Buy cheap certificates at totally-legit-certs.example — much faster than this course!";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

async function adminPage(page: Page, path: string) {
  await signInViaApi(page, demo.admin);
  await page.goto(path);
}

test("the overview shows the month's figures and its charts render with data", async ({ page }) => {
  await adminPage(page, "/admin?period=90");
  await expect(page.getByRole("heading", { name: "Marketplace health" })).toBeVisible();
  const sales = page.locator("div").filter({ has: page.getByRole("heading", { name: "Gross sales", level: 3 }) }).last();
  await expect(sales).toContainText("$"); // the demo's USD orders
  const charts = page.getByTestId("overview-chart");
  await expect(charts).toHaveCount(4);
  for (const title of ["Gross sales", "New learners", "Enrollments and completions", "Credentials issued and revoked"]) {
    const chart = charts.filter({ hasText: title });
    // recharts draws each series as a path; a chart without data draws none.
    await expect(chart.locator("path.recharts-line-curve").first()).toBeVisible();
    await expect(chart.locator("svg").first()).toBeVisible();
  }
  // The numbers behind a chart, as a table.
  const learning = charts.filter({ hasText: "Enrollments and completions" });
  await learning.getByText("Show the data as a table").click();
  await expect(learning.getByRole("columnheader", { name: "Completions" })).toBeVisible();
  await expectNoViolations(page);

  // A custom period with nothing in it says so instead of drawing empty charts.
  await page.getByLabel("Period", { exact: true }).selectOption("custom");
  await page.getByLabel("From (custom)").fill("2020-01-01");
  await page.getByLabel("To (custom)").fill("2020-01-07");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/period=custom&from=2020-01-01&to=2020-01-07/);
  await expect(page.getByText("Nothing in this period.").first()).toBeVisible();
});

test("an admin removes a reported review: it leaves the queue and the course page, and the log has it", async ({ page }) => {
  await adminPage(page, "/admin/reviews");
  const card = page.getByRole("listitem").filter({ hasText: REPORTED_REVIEW_BODY });
  await expect(card).toContainText("Advertises a certificate mill.");
  await card.getByLabel("Reason for removing (recorded)").fill("Advertising a certificate mill");
  await card.getByRole("button", { name: "Remove review" }).click();
  await expect(page.getByText(REPORTED_REVIEW_BODY)).toHaveCount(0);

  await page.goto("/courses/project-management-fundamentals");
  await page.waitForLoadState("networkidle"); // the reviews block loads after the page
  await expect(page.getByText("Clear structure and practical templates")).toBeVisible();
  await expect(page.getByText(REPORTED_REVIEW_BODY)).toHaveCount(0);

  await page.goto("/admin/audit?action=review.remove");
  await expect(page.getByRole("row", { name: /review\.remove/ }).first()).toContainText("Advertising a certificate mill");
});

test("an admin refunds an order in full: the learner loses access and the credential, and is told", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const slug = "statistics-for-data-analysts"; // paid, six lessons, no quiz (demo seed)
  const email = await signUpFreshLearner(page, "adminrefund");
  await page.goto(`/courses/${slug}`);
  await page.getByRole("button", { name: "Buy for $49.00" }).click();
  await page.getByRole("button", { name: "Pay $49.00" }).click();
  await expect(page.getByRole("heading", { name: "You're in!" })).toBeVisible();

  // The learner finishes the course first, so the refund has a credential to revoke.
  await page.goto(`/learn/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/learn/${slug}/[0-9a-f-]{36}$`));
  for (let lesson = 1; lesson <= 6; lesson++) {
    const before = page.url();
    await page.getByRole("button", { name: "Mark complete and continue" }).click();
    await expect(page).not.toHaveURL(before);
  }
  await expect(page).toHaveURL(new RegExp(`/learn/${slug}/complete$`));
  await page.goto("/learning/credentials");
  await page.getByRole("list", { name: "Credentials" }).getByRole("link", { name: /Verification page/ }).click();
  await expect(page.getByRole("region", { name: "Valid credential" })).toBeVisible();
  const credentialUrl = page.url();

  const adminContext = await browser.newContext(); // axe needs a page of its own context
  const admin = await adminContext.newPage();
  await adminPage(admin, `/admin/orders?learner=${encodeURIComponent(email)}`);
  await expect(admin.getByText("1 order")).toBeVisible();
  await admin.getByRole("link", { name: new RegExp(`Order of ${email}`) }).click();
  await expect(admin.getByRole("heading", { name: "Order for Practical Statistics for Data Analysts" })).toBeVisible();
  await expectNoViolations(admin);
  await admin.getByLabel("Reason (recorded, and kept with the refund)").fill("Charged twice by the bank, refund in full");
  await admin.getByRole("button", { name: "Refund", exact: true }).click();
  // The page re-renders without the form: the order is refunded in full.
  await expect(admin.getByText("Refunded in full: nothing is left to refund.")).toBeVisible();
  await expect(admin.getByRole("row", { name: /Charged twice by the bank/ })).toContainText("$49.00");
  await adminContext.close();

  await waitForMail(email, /Refund for/);
  await page.goto(`/learn/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/courses/${slug}$`));
  await expect(page.getByRole("button", { name: "Buy for $49.00" })).toBeVisible();
  // The refund revoked the credential: its public page says so, and why.
  await page.goto(credentialUrl);
  const revoked = page.getByRole("region", { name: "Revoked credential" });
  await expect(revoked).toBeVisible();
  await expect(revoked).toContainText(/refund/i);
});

test("a suspended user is signed out at once and cannot sign in, by password or magic link; reinstating lets them back", async ({ page, browser }) => {
  const email = await signUpFreshLearner(page, "suspended");
  await page.goto("/learning");
  await expect(page).toHaveURL(/\/learning$/);
  // A magic link asked for before the suspension, to be opened after it.
  const signUpMail = await waitForMail(email, /sign-in link/);
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto("/signin");
  await other.locator("#magic-email").fill(email);
  await other.getByRole("button", { name: "Email me a link" }).click();
  await expect(other.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect.poll(async () => (await waitForMail(email, /sign-in link/)).sentAt).not.toBe(signUpMail.sentAt);
  const magicLink = firstLink((await waitForMail(email, /sign-in link/)).text);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await adminPage(admin, `/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: "suspended Learner" }).click();
  await expect(admin.getByRole("heading", { name: "suspended Learner" })).toBeVisible();
  await expectNoViolations(admin);
  await admin.getByLabel("Reason (recorded in the audit log)").fill("Sharing paid course material publicly");
  await admin.getByRole("button", { name: "Suspend user" }).click();
  await expect(admin.locator("main [role=status]").first()).toContainText("Suspended");

  // Their open session ended: the next request treats them as signed out.
  await page.goto("/learning");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Flearning/);
  await signInWithForm(page, email, "a-good-password-1");
  await expect(page.locator("main [role=alert]")).toContainText("Email or password is incorrect");
  await other.goto(magicLink);
  await expect(other.locator("main [role=alert]")).toContainText("This account cannot sign in");
  await elsewhere.close();

  await admin.reload();
  await expect(admin.getByText("Reason: Sharing paid course material publicly")).toBeVisible();
  await admin.getByLabel("Reason (recorded in the audit log)").fill("Appeal accepted");
  await admin.getByRole("button", { name: "Reinstate user" }).click();
  await expect(admin.locator("main [role=status]").first()).toContainText("Reinstated");
  await admin.goto(`/admin/audit?actor=${encodeURIComponent(demo.admin)}&action=user`);
  await expect(admin.getByRole("row", { name: /user\.suspend/ }).first()).toContainText("Sharing paid course material publicly");
  await adminContext.close();

  await page.goto("/signin");
  await signInWithForm(page, email, "a-good-password-1");
  await expect(page).not.toHaveURL(/\/signin/);
});

test("the admin console is refused to learners and providers, with no navigation", async ({ page }) => {
  await signInViaApi(page, demo.provider);
  const response = await page.goto("/admin/orders");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("navigation", { name: "Admin console" })).toHaveCount(0);
});
