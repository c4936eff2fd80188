import { expect, test } from "@playwright/test";
import { waitForMail } from "./support/outbox";
import { demo, signInViaApi, signUpFreshLearner } from "./support/session";

const COURSE = "responsible-ai-in-practice"; // free, four lessons, no quiz (demo seed)

test("complete a course → credential → verification page → baked PNG verifies at /verify → admin revokes → page says revoked", async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const email = await signUpFreshLearner(page, "cred");

  await page.goto(`/courses/${COURSE}`);
  await page.getByRole("button", { name: "Enroll for free" }).click();
  await expect(page).toHaveURL(new RegExp(`/learn/${COURSE}/[0-9a-f-]{36}$`));
  for (let lesson = 1; lesson <= 4; lesson++) {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Mark complete and continue" }).click();
    if (lesson < 4) await expect(page).toHaveURL(new RegExp(`/learn/${COURSE}/[0-9a-f-]{36}$`));
  }
  await expect(page).toHaveURL(new RegExp(`/learn/${COURSE}/complete$`));

  // Issued in the completing request: it is there at once, and the mail links to it.
  const mail = await waitForMail(email, /You completed/);
  expect(mail.text).toMatch(/\/credentials\/[0-9a-f-]{36}/);
  await page.goto("/learning/credentials");
  const list = page.getByRole("list", { name: "Credentials" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await list.getByRole("link", { name: /Verification page/ }).click();
  await expect(page).toHaveURL(/\/credentials\/[0-9a-f-]{36}$/);
  const credentialUrl = page.url();
  const credentialId = credentialUrl.split("/").at(-1)!;

  const outcome = page.getByRole("region", { name: "Valid credential" });
  await expect(outcome).toBeVisible();
  await expect(outcome.getByRole("list", { name: "Verification checks" }).getByRole("listitem")).toHaveCount(5);
  await expect(page.locator("#main").getByText("cred Learner")).toBeVisible();
  const linkedIn = await page.getByRole("link", { name: /Add to LinkedIn profile/ }).getAttribute("href");
  expect(linkedIn).toContain("startTask=CERTIFICATION_NAME");
  expect(linkedIn).toContain(`certId=${credentialId}`);
  expect(linkedIn).toContain(`certUrl=${encodeURIComponent(credentialUrl)}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /issued by/);

  // The JSON is served byte for byte; the baked PNG carries it.
  const json = await (await page.request.get(`/credentials/${credentialId}/credential.json`)).text();
  expect(JSON.parse(json).proof.cryptosuite).toBe("eddsa-rdfc-2022");
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "PNG", exact: true }).click();
  const download = await downloadPromise;
  const pngPath = testInfo.outputPath("badge.png");
  await download.saveAs(pngPath);

  await page.goto("/verify");
  await page.getByLabel("Upload a badge or credential file").setInputFiles(pngPath);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("region", { name: "Valid credential" })).toBeVisible();
  await expect(page.getByText(credentialUrl)).toBeVisible();

  // An admin revokes it with a reason.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInViaApi(admin, demo.admin);
  await admin.goto(`/admin/credentials?q=${credentialId}`);
  await admin.getByLabel("Reason for revoking (shown publicly)").fill("Completed with someone else's account.");
  await admin.getByRole("button", { name: /^Revoke/ }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Revoked." })).toBeVisible();
  await adminContext.close();

  await page.goto(credentialUrl);
  const revoked = page.getByRole("region", { name: "Revoked credential" });
  await expect(revoked).toBeVisible();
  await expect(revoked).toContainText("Completed with someone else's account.");
});

test("/verify and the API explain malformed input", async ({ page, request }) => {
  await page.goto("/verify");
  await page.getByLabel("Or paste the credential JSON").fill("{ not json");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not valid JSON" })).toBeVisible();

  const response = await request.post("/api/v1/verify", { data: "plain words", headers: { "content-type": "text/plain" } });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.title).toBe("Not a verifiable credential");
});

test("the demo learner sees a valid and a revoked credential; issuers publish JSON-LD", async ({ page }) => {
  await signInViaApi(page, demo.learner);
  await page.goto("/learning/credentials");
  const list = page.getByRole("list", { name: "Credentials" });
  await expect(list.getByText("Valid", { exact: true })).toHaveCount(1);
  await expect(list.getByText("Revoked", { exact: true })).toHaveCount(1);

  const profile = await page.request.get("/issuers/cortex-ai-collective", { headers: { accept: "application/ld+json" } });
  expect(profile.headers()["content-type"]).toContain("application/ld+json");
  const body = await profile.json();
  expect(body.type).toEqual(["Profile"]);
  expect(body.assertionMethod[0]).toMatch(/\/issuers\/cortex-ai-collective#z6Mk/);
  await page.goto("/issuers/cortex-ai-collective");
  await expect(page.getByRole("heading", { name: "Verification methods" })).toBeVisible();
});
