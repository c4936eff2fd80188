import { expect, test } from "@playwright/test";

test("home lists seeded courses, skills and providers", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Learn one skill");
  const featured = page.getByRole("region", { name: "Featured courses" }).getByRole("listitem");
  await expect(featured).toHaveCount(6);
  const skills = page.getByRole("region", { name: "Browse by skill" }).getByRole("link");
  expect(await skills.count()).toBeGreaterThanOrEqual(15);
  const providers = page.getByRole("region", { name: "Our providers" }).getByRole("link");
  expect(await providers.count()).toBeGreaterThanOrEqual(8);
});

test("a course page shows its details and syllabus", async ({ page }) => {
  await page.goto("/");
  const firstCard = page.getByRole("region", { name: "Featured courses" }).getByRole("listitem").first().getByRole("link");
  const title = (await firstCard.textContent())!.trim();
  await firstCard.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(`${title} · Microcred`);
  const syllabus = page.getByRole("region", { name: "Syllabus" });
  await expect(syllabus.getByRole("heading", { level: 3 }).first()).toContainText("Module 1:");
  await expect(syllabus.getByText("Free preview").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "What you'll learn" })).toBeVisible();
  await expect(page.getByRole("complementary").getByText(/^(Free|[$€£][\d,.]+|[\d,.]+\s€)$/)).toBeVisible();
});

test("the catalog paginates newest first and back/forward keep the page", async ({ page }) => {
  await page.goto("/courses");
  await expect(page.getByText(/Showing 1–12 of \d+ courses/)).toBeVisible();
  const cards = page.locator("main ul li h3");
  const firstPage = await cards.allTextContents();
  expect(firstPage).toHaveLength(12);

  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/courses\?page=2$/);
  await expect(page.getByText(/Showing 13–24 of/)).toBeVisible();
  const secondPage = await cards.allTextContents();
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
  await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");

  await page.goBack();
  await expect(page.getByText(/Showing 1–12 of/)).toBeVisible();
  expect(await cards.allTextContents()).toEqual(firstPage);
});

test("the catalog filters by skill", async ({ page }) => {
  await page.goto("/courses");
  const skills = page.getByRole("group", { name: "Skill" });
  const sql = skills.getByRole("checkbox", { name: /^SQL \(\d+\)$/ });
  const label = await skills.locator("label", { hasText: /^SQL \(/ }).textContent();
  const expected = Number(/\((\d+)\)/.exec(label!)![1]);
  await sql.check();
  await expect(page).toHaveURL(/skill=sql/);
  await expect(page.getByText(new RegExp(`of ${expected} course`))).toBeVisible();
  const cards = page.locator("main ul > li:has(h3)");
  for (const card of await cards.all()) await expect(card.getByText("SQL", { exact: true })).toBeVisible();
});

test("skill and provider pages list their courses", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "Browse by skill" }).getByRole("link").first().click();
  await expect(page.getByText("Skill", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Showing 1–\d+ of \d+ course/)).toBeVisible();

  await page.goto("/");
  await page.getByRole("region", { name: "Our providers" }).getByRole("link").first().click();
  await expect(page.getByText("Provider", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Courses" })).toBeVisible();
  await expect(page.getByText(/Showing 1–\d+ of \d+ course/)).toBeVisible();
});

test("unknown course, skill and provider are real 404s", async ({ page }) => {
  for (const path of ["/courses/no-such-course", "/skills/no-such-skill", "/providers/no-such-provider"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  }
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("security headers are sent", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("the share dialog works by keyboard", async ({ page }) => {
  await page.goto("/courses");
  await page.locator("main ul li h3 a").first().click();
  const share = page.getByRole("button", { name: "Share" });
  await share.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Share this course" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Course link")).toHaveValue(/\/courses\/[a-z0-9-]+$/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
