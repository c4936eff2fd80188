import { expect, test } from "@playwright/test";
import { signUpFreshLearner } from "./support/session";

// Issue 15 §7: in local test mode the simulated Stripe page belongs to the order's
// learner. Another signed-in learner who has its address sees a 404, not the buyer's
// email, and cannot pay it.
test.describe.configure({ timeout: 90_000 });

test("another learner cannot open or pay someone's test checkout", async ({ page, browser }) => {
  const buyerEmail = await signUpFreshLearner(page, "owner");
  await page.goto("/courses/statistics-for-data-analysts");
  await page.getByRole("button", { name: /Buy for/ }).click();
  await expect(page).toHaveURL(/\/test-checkout\/cs_test_/);
  const checkoutUrl = page.url();

  const other = await browser.newContext();
  const intruder = await other.newPage();
  await signUpFreshLearner(intruder, "intruder");
  const response = await intruder.goto(checkoutUrl);
  expect(response?.status()).toBe(404);
  await expect(intruder.getByText(buyerEmail)).toHaveCount(0);
  await expect(intruder.getByRole("button", { name: /^Pay / })).toHaveCount(0);
  await other.close();

  // The owner still can.
  await page.reload();
  await expect(page.getByText(`Receipt to ${buyerEmail}`)).toBeVisible();
});
