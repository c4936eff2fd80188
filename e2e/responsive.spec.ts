import { expect, test } from "@playwright/test";

// On a phone nothing may scroll sideways and the search stays reachable.
for (const path of ["/", "/courses"]) {
  test(`${path} fits a phone screen`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("search")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("a course page fits a phone screen", async ({ page }) => {
  await page.goto("/courses");
  await page.locator("main ul li h3 a").first().click();
  await expect(page.getByRole("region", { name: "Syllabus" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
