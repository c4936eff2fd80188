import { expect, test } from "@playwright/test";
import { firstLink, waitForMail } from "./support/outbox";
import { demo, DEMO_PASSWORD, signInViaApi, uniqueEmail } from "./support/session";

test("sign up, confirm by email, sign out, sign in again", async ({ page }) => {
  const email = uniqueEmail("newbie");
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Nina Newbie");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Password: Password must be at least 10 characters");
  await expect(page.getByLabel("Email")).toHaveValue(email); // nothing typed is lost

  await page.getByLabel("Password").fill("a-good-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const mail = await waitForMail(email, /sign-in link/);
  await page.goto(firstLink(mail.text));
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.locator("summary", { hasText: "Account menu for Nina Newbie" })).toBeVisible();

  await page.locator("summary", { hasText: "Account menu for Nina Newbie" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/signin");
  await page.locator("#signin-email").fill(email);
  await page.locator("#signin-password").fill("wrong-password-1");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Email or password is incorrect");
  await page.locator("#signin-password").fill("a-good-password-1");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test("magic link sign-in through the outbox; a used link does not work twice", async ({ page, browser }) => {
  await page.goto("/signin");
  await page.locator("#magic-email").fill(demo.learner);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = firstLink((await waitForMail(demo.learner, /sign-in link/)).text);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.locator("main [role=alert]")).toContainText("expired or was already used");
  await other.close();
});

test("password reset by email", async ({ page }) => {
  const email = uniqueEmail("forgetful");
  // Create and confirm an account first.
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Fred Forgetful");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("first-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.goto(firstLink((await waitForMail(email, /sign-in link/)).text));
  await page.context().clearCookies();

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const resetLink = firstLink((await waitForMail(email, /Reset your Microcred password/)).text);

  await page.goto(resetLink);
  await page.getByLabel("New password").fill("second-password-2");
  await page.getByLabel("Confirm password").fill("second-password-2");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.locator("main [role=status]")).toContainText("Your password was changed");

  await page.locator("#signin-email").fill(email);
  await page.locator("#signin-password").fill("second-password-2");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);

  // The link is single-use.
  await page.goto(resetLink);
  await page.getByLabel("New password").fill("third-password-3");
  await page.getByLabel("Confirm password").fill("third-password-3");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("expired or was already used");
});

test("apply as a provider, an admin approves, the new provider reaches the studio", async ({ browser }) => {
  const applicant = await browser.newPage();
  const email = uniqueEmail("teacher");
  const org = `Guild ${Date.now().toString(36)}`;
  await applicant.goto("/signup");
  await applicant.getByLabel("Name").fill("Tess Teacher");
  await applicant.getByLabel("Email").fill(email);
  await applicant.getByLabel("Password").fill("teach-all-day-1");
  await applicant.getByRole("button", { name: "Create account" }).click();
  await applicant.goto(firstLink((await waitForMail(email, /sign-in link/)).text));

  expect((await applicant.goto("/provider"))?.status()).toBe(403);
  await applicant.goto("/account");
  await applicant.getByLabel("Organisation name").fill(org);
  await applicant.getByLabel("Website").fill("https://guild.example");
  await applicant.getByLabel("What will you teach?").fill("Short, practical courses on woodworking safety.");
  await applicant.getByRole("button", { name: "Apply as a provider" }).click();
  // The form gives way to the pending application, which survives a reload.
  await expect(applicant.getByText("Application pending")).toBeVisible();
  await expect(applicant.getByRole("button", { name: "Apply as a provider" })).toBeHidden();
  await applicant.reload();
  await expect(applicant.getByText("Application pending")).toBeVisible();

  const admin = await browser.newPage();
  await signInViaApi(admin, demo.admin);
  await admin.goto("/admin/applications");
  const card = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: org }) });
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByText(org)).toBeHidden();
  await admin.close();

  const mail = await waitForMail(email, /approved on Microcred/);
  expect(mail.text).toContain("/provider");
  await applicant.goto("/provider");
  await expect(applicant.getByRole("heading", { name: "Provider studio" })).toBeVisible();
  await expect(applicant.getByRole("heading", { name: new RegExp(org) })).toBeVisible();
  await applicant.goto("/account");
  await expect(applicant.getByText("Application approved")).toBeVisible();
  await applicant.close();
});

test("anonymous visitors go to sign-in and come back; learners get a 403 on /admin", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin$/);
  await page.locator("#signin-email").fill(demo.learner);
  await page.locator("#signin-password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // Sign-in hashes with argon2id; on a loaded 2-core machine that can take a few seconds.
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible({ timeout: 15_000 });
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
});

test("an admin lands back where they were going", async ({ page }) => {
  await page.goto("/admin/applications");
  await page.locator("#signin-email").fill(demo.admin);
  await page.locator("#signin-password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/applications$/);
  await expect(page.getByRole("heading", { name: "Provider applications" })).toBeVisible();
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await signInViaApi(page, demo.learner);
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("the demo provider reaches the studio and sees its courses", async ({ page }) => {
  await signInViaApi(page, demo.provider);
  await page.goto("/provider");
  await expect(page.getByRole("heading", { name: /Northwind Data Academy/ })).toBeVisible();
  await expect(page.getByText("SQL for Analysts: From First Query to Confident Reporting")).toBeVisible();
});
