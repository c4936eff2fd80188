import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demo, signInViaApi } from "./support/session";

type Role = "anonymous" | "learner" | "provider" | "admin";
type Expect = 200 | 403 | 404 | "signin" | `redirect:${string}`;

// Every protected page and what each role gets. A new page under a protected
// folder that is missing here fails the first test below.
const matrix: Record<string, Record<Role, Expect>> = {
  "/account": { anonymous: "signin", learner: 200, provider: 200, admin: 200 },
  "/provider": { anonymous: "signin", learner: 403, provider: 200, admin: 403 },
  "/admin": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/applications": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/refunds": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/reviews": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/users": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  // A user or order that does not exist: refused before it is looked up, then 404 for admins.
  "/admin/users/[userId]": { anonymous: "signin", learner: 403, provider: 403, admin: 404 },
  "/admin/providers": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/orders": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/orders/[orderId]": { anonymous: "signin", learner: 403, provider: 403, admin: 404 },
  "/admin/settings": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/audit": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/jobs": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  // Studio pages of one provider: its members and admins.
  "/provider/[providerSlug]/orders": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/provider/[providerSlug]/payouts": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/provider/[providerSlug]/courses": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/provider/[providerSlug]/courses/new": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/provider/[providerSlug]/courses/[courseId]": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/provider/[providerSlug]/courses/[courseId]/preview": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/provider/[providerSlug]/courses/[courseId]/lessons/[lessonId]": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/provider/[providerSlug]/courses/[courseId]/modules/[moduleId]/quiz": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/provider/[providerSlug]/learners": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/provider/[providerSlug]/profile": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/admin/courses": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  // The review page of a (published) demo course: admins only.
  "/admin/courses/[courseId]": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/admin/credentials": { anonymous: "signin", learner: 403, provider: 403, admin: 200 },
  "/provider/[providerSlug]/credentials": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/provider/[providerSlug]/courses/[courseId]/achievement": { anonymous: "signin", learner: 403, provider: 200, admin: 200 },
  "/orders": { anonymous: "signin", learner: 200, provider: 200, admin: 200 },
  // Someone else's (here: nobody's) order does not exist for you.
  "/orders/[id]": { anonymous: "signin", learner: 404, provider: 404, admin: 404 },
  "/checkout/success": { anonymous: "signin", learner: 404, provider: 404, admin: 404 },
  "/checkout/cancelled": { anonymous: "signin", learner: 200, provider: 200, admin: 200 },
  "/test-checkout/[sessionId]": { anonymous: "signin", learner: 404, provider: 404, admin: 404 },
  "/test-checkout/onboarding": { anonymous: "signin", learner: 404, provider: 404, admin: 404 },
  "/learning": { anonymous: "signin", learner: 200, provider: 200, admin: 200 },
  "/learning/credentials": { anonymous: "signin", learner: 200, provider: 200, admin: 200 },
  // The player, for a paid course none of the demo accounts is enrolled in (see `examples`).
  "/learn/[courseSlug]": { anonymous: "signin", learner: "redirect:/courses/from-spreadsheets-to-sql", provider: "redirect:/courses/from-spreadsheets-to-sql", admin: "redirect:/courses/from-spreadsheets-to-sql" },
  "/learn/[courseSlug]/[lessonId]": { anonymous: "signin", learner: 200, provider: 200, admin: 200 }, // 200 = the "enroll to continue" state
  "/learn/[courseSlug]/quiz/[quizId]": { anonymous: "signin", learner: 200, provider: 200, admin: 200 },
  "/learn/[courseSlug]/complete": { anonymous: "signin", learner: "redirect:/learn/sql-for-analysts", provider: "redirect:/learn/sql-for-analysts", admin: "redirect:/learn/sql-for-analysts" },
};
const protectedRoots = ["account", "admin", "provider", "orders", "checkout", "test-checkout", "(learner)"];

// What each dynamic route is requested as.
const concrete: Record<string, string> = {
  "/admin/users/[userId]": "/admin/users/no-such-user",
  "/admin/orders/[orderId]": "/admin/orders/00000000-0000-4000-8000-000000000000",
  "/provider/[providerSlug]/orders": "/provider/northwind-data-academy/orders",
  "/provider/[providerSlug]/payouts": "/provider/northwind-data-academy/payouts",
  "/provider/[providerSlug]/courses": "/provider/northwind-data-academy/courses",
  "/provider/[providerSlug]/courses/new": "/provider/northwind-data-academy/courses/new",
  "/provider/[providerSlug]/learners": "/provider/northwind-data-academy/learners",
  "/provider/[providerSlug]/profile": "/provider/northwind-data-academy/profile",
  "/provider/[providerSlug]/credentials": "/provider/northwind-data-academy/credentials",
  "/orders/[id]": "/orders/00000000-0000-4000-8000-000000000000",
  "/test-checkout/[sessionId]": "/test-checkout/cs_test_0000",
};

// Concrete addresses for dynamic routes. Lesson and quiz ids are random, so they are
// read from the pages: a paid (locked) lesson from the player's syllabus, which a
// visitor reaches through the course's free preview lesson.
async function examples(page: Page): Promise<Record<string, string>> {
  const html = async (url: string) => (await page.request.get(url)).text();
  const previewOf = async (slug: string) => {
    const match = new RegExp(`href="(/learn/${slug}/[0-9a-f-]{36})"`).exec(await html(`/courses/${slug}`));
    if (!match) throw new Error(`No preview lesson linked from /courses/${slug}`);
    return match[1]!;
  };
  // Anchors of the player's syllabus: [href, locked?] (attribute order is React's business).
  const links = (page_: string) =>
    [...page_.matchAll(/<a\s[^>]*>/g)].map(([tag]) => [/href="([^"]+)"/.exec(tag)?.[1] ?? "", tag.includes('data-locked="true"')] as const);
  const lockedLesson = links(await html(await previewOf("from-spreadsheets-to-sql"))).find(
    ([href, locked]) => locked && /^\/learn\/from-spreadsheets-to-sql\/[0-9a-f-]{36}$/.test(href),
  )?.[0];
  const quiz = links(await html(await previewOf("sql-for-analysts"))).find(([href]) => /^\/learn\/sql-for-analysts\/quiz\/[0-9a-f-]{36}$/.test(href))?.[0];
  if (!lockedLesson || !quiz) throw new Error("Could not find a locked lesson and a quiz in the demo catalog");
  // Studio pages of a demo course: its id from the public API, a lesson id from its
  // preview link, a module id from the quiz link on the player page of that lesson.
  const studioCourse = ((await (await page.request.get("/api/v1/courses/sql-for-analysts")).json()) as { data: { id: string } }).data.id;
  const studioLesson = (await previewOf("sql-for-analysts")).split("/").pop()!;
  const studio = `/provider/northwind-data-academy/courses/${studioCourse}`;
  const moduleId = await studioModuleId(studio);
  return {
    "/provider/[providerSlug]/courses/[courseId]": studio,
    "/provider/[providerSlug]/courses/[courseId]/preview": `${studio}/preview`,
    "/provider/[providerSlug]/courses/[courseId]/lessons/[lessonId]": `${studio}/lessons/${studioLesson}`,
    "/provider/[providerSlug]/courses/[courseId]/modules/[moduleId]/quiz": `${studio}/modules/${moduleId}/quiz`,
    "/admin/courses/[courseId]": `/admin/courses/${studioCourse}`,
    "/provider/[providerSlug]/courses/[courseId]/achievement": `${studio}/achievement`,
    "/learn/[courseSlug]": "/learn/from-spreadsheets-to-sql",
    "/learn/[courseSlug]/[lessonId]": lockedLesson,
    "/learn/[courseSlug]/quiz/[quizId]": quiz,
    "/learn/[courseSlug]/complete": "/learn/sql-for-analysts/complete",
  };
}

// Module ids appear only inside the studio: read one from the course editor, signed in
// as the demo provider in a separate request context (the page's own cookies stay as they are).
async function studioModuleId(editorUrl: string): Promise<string> {
  const api = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await api.post("/api/auth/callback/password", { form: { email: demo.provider, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/account" }, maxRedirects: 0 });
    const match = /\/modules\/([0-9a-f-]{36})\/quiz/.exec(await (await api.get(editorUrl)).text());
    if (!match) throw new Error(`No module link in ${editorUrl}`);
    return match[1]!;
  } finally {
    await api.dispose();
  }
}

function pageRoutes(dir: string, prefix: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return pageRoutes(full, entry.startsWith("(") ? prefix : `${prefix}/${entry}`);
    return entry === "page.tsx" ? [prefix] : [];
  });
}

test("every protected page is in the authorization matrix", () => {
  const routes = protectedRoots.flatMap((root) => pageRoutes(path.resolve("app", root), root.startsWith("(") ? "" : `/${root}`));
  expect(routes.sort()).toEqual(Object.keys(matrix).sort());
});

const accounts: Record<Exclude<Role, "anonymous">, string> = { learner: demo.learner, provider: demo.provider, admin: demo.admin };

async function statusFor(page: Page, route: string) {
  const response = await page.request.get(route, { maxRedirects: 0 });
  if (response.status() === 307 || response.status() === 303) {
    const location = response.headers().location ?? "";
    if (location.includes(`/signin?callbackUrl=${encodeURIComponent(route)}`)) return "signin";
    const target = new URL(location, "http://x");
    return `redirect:${target.pathname}${target.search}`;
  }
  return response.status();
}

for (const role of ["anonymous", "learner", "provider", "admin"] as const) {
  test(`authorization matrix as ${role}`, async ({ page }) => {
    const urls = await examples(page);
    if (role !== "anonymous") await signInViaApi(page, accounts[role]);
    const actual: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const [route, expectations] of Object.entries(matrix)) {
      actual[route] = await statusFor(page, urls[route] ?? concrete[route] ?? route);
      expected[route] = expectations[role];
    }
    expect(actual).toEqual(expected);
  });
}
