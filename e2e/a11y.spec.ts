import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = [
  "/",
  "/courses",
  "/courses?skill=sql&page=2",
  "/courses/sql-for-analysts",
  "/skills/sql",
  "/providers/northwind-data-academy",
  "/courses/missing",
];

for (const path of pages) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
}

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
];

for (const { role, path } of signedInPages) {
  test(`axe finds no violations on ${path} (${role})`, async ({ page }) => {
    const { demo, signInViaApi } = await import("./support/session");
    await signInViaApi(page, demo[role]);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
}
