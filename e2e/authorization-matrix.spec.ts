import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { demo, signInViaApi } from "./support/session";

type Role = "anonymous" | "learner" | "provider" | "admin";
type Expect = 200 | 403 | "signin";

// Every protected page and what each role gets. A new page under a protected
// folder that is missing here fails the first test below.
const matrix: Record<string, Record<Role, Expect>> = {
  "/account": { anonymous: "signin", learner: 200, provider: 200, admin: 200 },
  "/provider": { anonymous: "signin", learner: 403, provider: 200, admin: 403 },
  "/admin": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/applications": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
};
const protectedRoots = ["account", "admin", "provider"];

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
      actual[route] = await statusFor(page, route);
      expected[route] = expectations[role];
    }
    expect(actual).toEqual(expected);
  });
}
