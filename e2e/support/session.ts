import type { Page } from "@playwright/test";

export const DEMO_PASSWORD = "microcred-demo";
export const demo = {
  admin: "admin@microcred.test",
  provider: "provider@microcred.test",
  learner: "learner@microcred.test",
};

let counter = 0;
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${counter++}@example.test`;
}

/** Signs in through Auth.js's HTTP API (faster than the form); cookies land in the page's context. */
export async function signInViaApi(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/password", {
    form: { email, password, csrfToken, callbackUrl: "/account" },
    maxRedirects: 0,
  });
  if (response.status() !== 302 || (response.headers().location ?? "").includes("error")) {
    throw new Error(`API sign-in failed for ${email}: ${response.status()} ${response.headers().location}`);
  }
}

export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByRole("region", { name: "With your password" }).or(page.locator("form").filter({ has: page.getByLabel("Password") }));
  await page.locator("#signin-email").fill(email);
  await page.locator("#signin-password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
}

/** A brand-new confirmed learner, signed in on this page: tests that buy things don't share state. */
export async function signUpFreshLearner(page: Page, prefix: string): Promise<string> {
  const { firstLink, waitForMail } = await import("./outbox");
  const email = uniqueEmail(prefix);
  await page.goto("/signup");
  await page.getByLabel("Name").fill(`${prefix} Learner`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-good-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  await page.goto(firstLink((await waitForMail(email, /sign-in link/)).text));
  return email;
}
