import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

async function firstCourseHref(page: import("@playwright/test").Page) {
  await page.goto("/courses");
  return (await page.locator("main ul li h3 a").first().getAttribute("href"))!;
}

test("the main pages have no axe violations", async ({ page }) => {
  const course = await firstCourseHref(page);
  for (const path of ["/", "/courses", "/courses?skill=sql&page=2", course, "/skills/sql", "/providers/northwind-data-academy", "/courses/missing"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});

test("the skip link moves focus to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
