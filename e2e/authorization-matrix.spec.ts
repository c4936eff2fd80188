import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { demo, signInViaApi } from "./support/session";

type Role = "anonymous" | "learner" | "provider" | "admin";
type Expect = 200 | 403 | 404 | "signin";

// Every protected page and what each role gets. A new page under a protected
// folder that is missing here fails the first test below.
const matrix: Record<string, Record<Role, Expect>> = {
  "/account": { anonymous: "signin", learner: 200, provider: 200, admin: 200 },
  "/provider": { anonymous: "signin", learner: 403, provider: 200, admin: 403 },
  "/admin": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/applications": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/refunds": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  // Studio pages of one provider: its members and admins.
  "/provider/[providerSlug]/orders": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/provider/[providerSlug]/payouts": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/orders": { anonymous: "signin", learner: 200, provider: 200, admin: 200 },
  // Someone else's (here: nobody's) order does not exist for you.
  "/orders/[id]": { anonymous: "signin", learner: 404, provider: 404, admin: 404 },
  "/checkout/success": { anonymous: "signin", learner: 404, provider: 404, admin: 404 },
  "/checkout/cancelled": { anonymous: "signin", learner: 200, provider: 200, admin: 200 },
  "/test-checkout/[sessionId]": { anonymous: "signin", learner: 404, provider: 404, admin: 404 },
  "/test-checkout/onboarding": { anonymous: "signin", learner: 404, provider: 404, admin: 404 },
};
const protectedRoots = ["account", "admin", "provider", "orders", "checkout", "test-checkout"];

// What each dynamic route is requested as.
const concrete: Record<string, string> = {
  "/provider/[providerSlug]/orders": "/provider/northwind-data-academy/orders",
  "/provider/[providerSlug]/payouts": "/provider/northwind-data-academy/payouts",
  "/orders/[id]": "/orders/00000000-0000-4000-8000-000000000000",
  "/test-checkout/[sessionId]": "/test-checkout/cs_test_0000",
};

function pageRoutes(dir: string, prefix: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return pageRoutes(full, entry.startsWith("(") ? prefix : `${prefix}/${entry}`);
    return entry === "page.tsx" ? [prefix] : [];
  });
}

test("every protected page is in the authorization matrix", () => {
  const routes = protectedRoots.flatMap((root) => pageRoutes(path.resolve("app", root), `/${root}`));
  expect(routes.sort()).toEqual(Object.keys(matrix).sort());
});

const accounts: Record<Exclude<Role, "anonymous">, string> = { learner: demo.learner, provider: demo.provider, admin: demo.admin };

async function statusFor(page: Page, route: string) {
  const response = await page.request.get(route, { maxRedirects: 0 });
  if (response.status() === 307 || response.status() === 303) {
    const location = response.headers().location ?? "";
    return location.includes(`/signin?callbackUrl=${encodeURIComponent(route)}`) ? "signin" : `redirect:${location}`;
  }
  return response.status();
}

for (const role of ["anonymous", "learner", "provider", "admin"] as const) {
  test(`authorization matrix as ${role}`, async ({ page }) => {
    if (role !== "anonymous") await signInViaApi(page, accounts[role]);
    const actual: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const [route, expectations] of Object.entries(matrix)) {
      actual[route] = await statusFor(page, concrete[route] ?? route);
      expected[route] = expectations[role];
    }
    expect(actual).toEqual(expected);
  });
}
