// An admin in Debian's Chromium, signed in through Auth.js's HTTP API on one address.
import { chromium, type Browser, type Page } from "@playwright/test";

export const ADMIN = "admin@microcred.test";
export const DEMO_PASSWORD = "microcred-demo";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
  });
}

export async function adminPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/password", { form: { email: ADMIN, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/admin" }, maxRedirects: 0 });
  if (response.status() !== 302 || (response.headers().location ?? "").includes("error")) throw new Error(`admin sign-in failed: ${response.headers().location}`);
  return page;
}

/** Submits an ActionForm and waits for its status message. */
export async function submitAndWait(scope: ReturnType<Page["locator"]>, button: string, fill?: { selector: string; value: string }) {
  const form = scope.locator("form").filter({ has: scope.page().getByRole("button", { name: button }) });
  if (fill) await form.locator(fill.selector).fill(fill.value);
  await form.getByRole("button", { name: button }).click();
  const status = scope.page().locator("main [role=status], main [role=alert]").first();
  await status.waitFor({ timeout: 20_000 });
  return (await status.textContent()) ?? "";
}
