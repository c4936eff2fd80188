import { expect, test, type Page } from "@playwright/test";
import { waitForMail } from "./support/outbox";
import { demo, signInViaApi, signUpFreshLearner } from "./support/session";

// Local test mode (PAYMENTS_TEST_MODE=local in scripts/e2e-server.sh): the real
// checkout code, a simulated Stripe, and events through the real webhook route.
// Whole journeys (sign up, pay, learn, refund) on a shared 2-core machine.
test.describe.configure({ timeout: 90_000 });

const PAID = { slug: "statistics-for-data-analysts", title: "Statistics for Data Analysts", price: "$49.00" };

async function buy(page: Page, slug: string, price: string) {
  await page.goto(`/courses/${slug}`);
  await page.getByRole("button", { name: `Buy for ${price}` }).click();
  await expect(page).toHaveURL(/\/test-checkout\/cs_test_/);
  await expect(page.getByText("Test mode — no real payment")).toBeVisible();
  await page.getByRole("button", { name: `Pay ${price}` }).click();
  await expect(page.getByRole("heading", { name: "You're in!" })).toBeVisible();
}

test("buy a paid course in test mode: the course opens, a receipt arrives, and it cannot be bought twice", async ({ page }) => {
  const email = await signUpFreshLearner(page, "buyer");
  await buy(page, PAID.slug, PAID.price);
  await page.getByRole("link", { name: "Start learning" }).click();
  // The lessons are open: the player shows a lesson, not the "enroll to continue" state.
  await expect(page).toHaveURL(new RegExp(`/learn/${PAID.slug}/[0-9a-f-]{36}`));
  await expect(page.getByRole("button", { name: /Mark complete/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Enroll to continue" })).toHaveCount(0);
  const receipt = await waitForMail(email, /Your receipt/);
  expect(receipt.text).toContain("$49.00");

  // Back on the course page: enrolled, and no way to pay again.
  await page.goto(`/courses/${PAID.slug}`);
  await expect(page.getByRole("link", { name: "Go to course" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Buy for/ })).toHaveCount(0);

  await page.goto("/orders");
  const row = page.getByRole("row", { name: new RegExp(PAID.title) });
  await expect(row).toContainText("Paid");
  await expect(row).toContainText("$49.00");
});

test("a learner enrolls in a free course with one click", async ({ page }) => {
  await signUpFreshLearner(page, "free");
  await page.goto("/courses/sql-for-analysts");
  await page.getByRole("button", { name: "Enroll for free" }).click();
  await expect(page).toHaveURL(/\/learn\/sql-for-analysts\/[0-9a-f-]{36}/);
  await expect(page.getByRole("button", { name: /Mark complete/ })).toBeVisible();
  await page.goto("/courses/sql-for-analysts");
  await expect(page.getByRole("link", { name: "Go to course" })).toBeVisible();
});

test("anonymous visitors are asked to sign in before buying", async ({ page }) => {
  await page.goto(`/courses/${PAID.slug}`);
  await page.getByRole("link", { name: `Sign in to buy · ${PAID.price}` }).click();
  await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=%2Fcourses%2F${PAID.slug}`));
});

test("a refund request granted by the provider ends access", async ({ page, browser }) => {
  const slug = "from-spreadsheets-to-sql";
  const email = await signUpFreshLearner(page, "refund");
  await buy(page, slug, "£29.00");
  await page.getByRole("link", { name: "Start learning" }).click();
  await expect(page.getByRole("button", { name: /Mark complete/ })).toBeVisible();
  // The first lesson is a free preview; move on to one that needs the purchase.
  const previewUrl = page.url();
  await page.getByRole("button", { name: /Mark complete/ }).click();
  await expect(page).not.toHaveURL(previewUrl);
  await expect(page.getByRole("button", { name: /Mark complete/ })).toBeVisible();
  const paidLessonUrl = page.url();
  await page.goto("/orders");
  await page.getByRole("link", { name: /Receipt/ }).click();
  await page.getByLabel("Why would you like a refund?").fill("The pace is too fast for me right now.");
  await page.getByRole("button", { name: "Ask for a refund" }).click();
  await expect(page.locator("main [role=status]").first()).toContainText(/refund request was sent|You asked for a refund/);

  const provider = await browser.newPage();
  await signInViaApi(provider, demo.provider);
  await provider.goto("/provider/northwind-data-academy/orders");
  const request = provider.getByRole("listitem").filter({ hasText: email });
  await expect(request).toContainText("The pace is too fast for me right now.");
  await request.getByRole("button", { name: "Grant full refund" }).click();
  await expect(provider.locator("main [role=status]").first()).toContainText("Refund granted");
  await provider.close();

  await waitForMail(email, /Refund for/);
  // The course is closed again: the player sends them back to the course page, and a
  // lesson that was open a moment ago (a non-preview one) shows the locked state.
  await page.goto(`/learn/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/courses/${slug}$`));
  await page.goto(paidLessonUrl);
  await expect(page.getByRole("heading", { name: "Enroll to continue" })).toBeVisible();
  await page.goto(`/courses/${slug}`);
  await expect(page.getByRole("button", { name: "Buy for £29.00" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to course" })).toHaveCount(0);
  await page.goto("/orders");
  await expect(page.getByRole("row", { name: /From Spreadsheets to SQL/ })).toContainText("Refunded");
});

test("the webhook refuses unsigned and forged events", async ({ request }) => {
  const unsigned = await request.post("/api/stripe/webhook", { data: { id: "evt_forged", type: "checkout.session.completed" } });
  expect(unsigned.status()).toBe(400);
  const forged = await request.post("/api/stripe/webhook", {
    data: '{"id":"evt_forged","type":"checkout.session.completed"}',
    headers: { "stripe-signature": "t=1700000000,v1=00", "content-type": "application/json" },
  });
  expect(forged.status()).toBe(400);
});

test("the provider sees Stripe status and earnings on the payouts page", async ({ page }) => {
  await signInViaApi(page, demo.provider);
  await page.goto("/provider/northwind-data-academy/payouts");
  await expect(page.getByRole("heading", { name: "Payouts" })).toBeVisible();
  await expect(page.getByText("You can sell paid courses.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Earnings" })).toBeVisible();
});
