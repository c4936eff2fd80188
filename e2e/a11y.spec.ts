import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signInViaApi } from "./support/session";

// Signed-in pages, header account menu included.
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

const pages = [
  "/",
  "/courses",
  "/courses?skill=sql&page=2",
  "/courses/sql-for-analysts",
  "/skills/sql",
  "/providers/northwind-data-academy",
  "/courses/missing",
  "/verify",
  "/issuers/cortex-ai-collective",
];

// Pages of the learner, signed in as the demo learner (no purchases; two completed free
// courses with credentials, one of them revoked).
const learnerPages = ["/learning", "/learning/credentials", "/courses/from-spreadsheets-to-sql"];

for (const path of pages) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
}

for (const path of learnerPages) {
  test(`axe finds no violations on ${path} (signed in)`, async ({ page }) => {
    await signInViaApi(page, demo.learner);
    await page.goto(path);
    await page.waitForLoadState("networkidle"); // the reviews block loads after the page
    await expectNoViolations(page);
  });
}

test("axe finds no violations in the lesson player: a preview lesson and the locked state", async ({ page }) => {
  await page.goto("/courses/sql-for-analysts");
  await page.getByRole("link", { name: "SELECT, FROM and WHERE" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "SELECT, FROM and WHERE" })).toBeVisible();
  await expectNoViolations(page);
  await signInViaApi(page, demo.learner);
  await page.getByRole("navigation", { name: "Course contents" }).getByRole("link", { name: /Quiz:/ }).click();
  await expect(page.getByRole("heading", { name: "Enroll to continue" })).toBeVisible();
  await expectNoViolations(page);
});

test("the skip link moves focus to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

// Signed-in pages: each role's own screens.
const signedInPages: { role: "learner" | "provider" | "admin"; path: string }[] = [
  { role: "learner", path: "/orders" },
  { role: "learner", path: "/checkout/cancelled" },
  { role: "provider", path: "/provider/northwind-data-academy/orders" },
  { role: "provider", path: "/provider/northwind-data-academy/payouts" },
  { role: "admin", path: "/admin/refunds" },
  { role: "admin", path: "/admin" },
  { role: "admin", path: "/admin?period=custom&from=2020-01-01&to=2020-01-07" }, // the empty state of the charts
  { role: "admin", path: "/admin/applications" },
  { role: "admin", path: "/admin/reviews" },
  { role: "admin", path: "/admin/users" },
  { role: "admin", path: "/admin/providers" },
  { role: "admin", path: "/admin/orders" },
  { role: "admin", path: "/admin/settings" },
  { role: "admin", path: "/admin/audit" },
  { role: "admin", path: "/admin/jobs" },
  { role: "provider", path: "/provider" },
  { role: "provider", path: "/provider/northwind-data-academy/courses" },
  { role: "provider", path: "/provider/northwind-data-academy/courses/new" },
  { role: "provider", path: "/provider/northwind-data-academy/learners" },
  { role: "provider", path: "/provider/northwind-data-academy/profile" },
  { role: "admin", path: "/admin/courses" },
];

// Studio pages of one demo course: the editor, a lesson, a quiz, the preview and the admin review page.
test("axe finds no violations in the course editor, lesson and quiz editors, preview and review page", async ({ page }) => {
  test.setTimeout(60_000);
  const courseId = ((await (await page.request.get("/api/v1/courses/sql-for-analysts")).json()) as { data: { id: string } }).data.id;
  await signInViaApi(page, demo.provider);
  const editor = `/provider/northwind-data-academy/courses/${courseId}`;
  await page.goto(editor);
  await expect(page.getByRole("heading", { name: "Modules and lessons" })).toBeVisible();
  await expectNoViolations(page);
  const lessonHref = await page.getByRole("link", { name: /^1\. / }).first().getAttribute("href");
  const quizHref = await page.getByRole("link", { name: /quiz for module/i }).first().getAttribute("href");
  for (const path of [lessonHref!, quizHref!, `${editor}/preview`]) {
    await page.goto(path);
    await expectNoViolations(page);
  }
  await page.context().clearCookies();
  await signInViaApi(page, demo.admin);
  await page.goto(`/admin/courses/${courseId}`);
  await expectNoViolations(page);
});

for (const { role, path } of signedInPages) {
  test(`axe finds no violations on ${path} (${role})`, async ({ page }) => {
    const { demo, signInViaApi } = await import("./support/session");
    await signInViaApi(page, demo[role]);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
}

test("axe finds no violations on credential pages: verification (valid and revoked), admin and provider", async ({ page, browser }) => {
  test.setTimeout(90_000); // five pages, three accounts
  await signInViaApi(page, demo.learner);
  await page.goto("/learning/credentials");
  const links = page.getByRole("list", { name: "Credentials" }).getByRole("link", { name: /Verification page/ });
  await expect(links).toHaveCount(2);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.getByRole("region", { name: /credential$/ })).toBeVisible();
    await expectNoViolations(page);
  }
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInViaApi(admin, demo.admin);
  await admin.goto("/admin/credentials?q=learner%40microcred.test");
  await expect(admin.getByRole("heading", { name: "Results" })).toBeVisible();
  await expectNoViolations(admin);
  await adminContext.close();
  const providerContext = await browser.newContext();
  const provider = await providerContext.newPage();
  await signInViaApi(provider, demo.provider);
  const { data: course } = (await (await provider.request.get("/api/v1/courses/sql-for-analysts")).json()) as { data: { id: string } };
  await provider.goto(`/provider/northwind-data-academy/courses/${course.id}/achievement`);
  await expect(provider.getByRole("button", { name: "Save achievement" })).toBeVisible();
  await expectNoViolations(provider);
  await provider.goto("/provider/northwind-data-academy/credentials");
  await expectNoViolations(provider);
  await providerContext.close();
});
