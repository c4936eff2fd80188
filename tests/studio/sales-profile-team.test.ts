import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, enrollments, lessonProgress, lessons, orders, providerMembers, providers } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { ForbiddenError } from "@/lib/auth/policy";
import { toMajorUnits } from "@/lib/catalog/format";
import { listProviderOrders } from "@/lib/payments/provider-sales";
import { csvField, toCsv } from "@/lib/studio/csv";
import { learnersCsv, ordersCsv } from "@/lib/studio/export-csv";
import { countProviderLearners, listCourseFigures, listProviderLearners, readCompletionFunnel, revenueByMonth } from "@/lib/studio/provider-insights";
import { addEditor, profileFormSchema, removeMember, updateProviderProfile } from "@/lib/studio/provider-profile";
import { makeCourse, makeModuleWithLessons, makeProvider } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeMember, makeUser, sessionUser } from "../support/users";

let t: TestDb;
let owner: SessionUser;
let outsider: SessionUser;
let provider: Awaited<ReturnType<typeof makeProvider>>;
let other: Awaited<ReturnType<typeof makeProvider>>;

// A tiny RFC 4180 reader, to check what the exporter wrote.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

beforeAll(async () => {
  t = await createTestDb();
  provider = await makeProvider(t.db, { stripeAccountId: "acct_sales", chargesEnabled: true });
  other = await makeProvider(t.db);
  const o = await makeUser(t.db, { email: "studio-owner@example.test" });
  await makeMember(t.db, o.id, provider.id, "owner");
  owner = await sessionUser(t.db, o.id);
  const x = await makeUser(t.db);
  await makeMember(t.db, x.id, other.id, "owner");
  outsider = await sessionUser(t.db, x.id);
});
afterAll(async () => t?.close());

describe("CSV", () => {
  it("escapes per RFC 4180 and defuses formulas", () => {
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(-5)).toBe("-5");
    expect(csvField(null)).toBe("");
    expect(toCsv(["a", "b"], [["1", "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
    expect(parseCsv(toCsv(["a"], [['He said "no", then\r\nleft']]))).toEqual([["a"], ['He said "no", then\r\nleft']]);
  });

  it("orders and learners exports match the studio tables", async () => {
    const course = await makeCourse(t.db, provider.id, { title: 'Course, with "quotes"', priceAmount: 4900, currency: "USD" });
    const mod = await makeModuleWithLessons(t.db, course.id, 1, ["L1", "L2", "L3", "L4"]);
    const lessonIds = (await t.db.select({ id: lessons.id }).from(lessons).where(eq(lessons.moduleId, mod.id))).map((l) => l.id);
    const buyers = await Promise.all([makeUser(t.db, { name: "=cmd|evil" }), makeUser(t.db, { name: "Ann" }), makeUser(t.db, { name: "Bo" })]);
    for (const [i, b] of buyers.entries()) {
      const [order] = await t.db
        .insert(orders)
        .values({ userId: b.id, courseId: course.id, providerId: provider.id, amount: 4900, currency: "USD", platformFeeBps: 2000, platformFeeAmount: 980, status: i === 2 ? "refunded" : "paid", refundedAmount: i === 2 ? 4900 : 0, paidAt: new Date(Date.UTC(2026, 9 + i, 3)) })
        .returning();
      await t.db.insert(enrollments).values({ userId: b.id, courseId: course.id, source: "purchase", orderId: order!.id, status: i === 2 ? "refunded" : "active", completedAt: i === 0 ? new Date() : null });
    }
    // Ann is halfway (2 of 4 lessons); the first buyer completed; Bo never started.
    await t.db.insert(lessonProgress).values(lessonIds.slice(0, 2).map((lessonId) => ({ userId: buyers[1]!.id, lessonId })));
    await t.db.insert(lessonProgress).values(lessonIds.map((lessonId) => ({ userId: buyers[0]!.id, lessonId })));

    const table = await listProviderOrders(t.db, { actor: owner, providerId: provider.id });
    const csv = parseCsv(await ordersCsv(t.db, { actor: owner, providerId: provider.id }));
    expect(csv[0]).toEqual(["date", "learner", "email", "course", "currency", "gross", "platform_fee", "refunded", "net", "status"]);
    expect(csv.slice(1)).toEqual(
      table.map((o) => [o.paidAt!.toISOString(), o.learnerName === "=cmd|evil" ? "'=cmd|evil" : (o.learnerName ?? ""), o.learnerEmail, o.courseTitle, "USD", toMajorUnits(o.amount, "USD"), toMajorUnits(o.feeKept, "USD"), toMajorUnits(o.refundedAmount, "USD"), toMajorUnits(o.net, "USD"), o.status]),
    );
    expect(csv).toHaveLength(4);

    const learners = await listProviderLearners(t.db, { actor: owner, providerId: provider.id });
    const lcsv = parseCsv(await learnersCsv(t.db, { actor: owner, providerId: provider.id }));
    expect(lcsv.slice(1).map((r) => [r[1], r[5], r[6], r[7]])).toEqual(learners.map((l) => [l.learnerEmail, String(l.lessonsDone), String(l.lessonsTotal), String(Math.round(l.progress * 100))]));
    expect(await readCompletionFunnel(t.db, { actor: owner, providerId: provider.id })).toEqual({ enrolled: 3, started: 2, halfway: 2, completed: 1 });
    // Pages of the list add up to the whole, in the same order, and the count agrees.
    expect(await countProviderLearners(t.db, { actor: owner, providerId: provider.id })).toBe(3);
    const pages = [
      ...(await listProviderLearners(t.db, { actor: owner, providerId: provider.id, limit: 2, offset: 0 })),
      ...(await listProviderLearners(t.db, { actor: owner, providerId: provider.id, limit: 2, offset: 2 })),
    ];
    expect(pages.map((l) => l.enrollmentId)).toEqual(learners.map((l) => l.enrollmentId));

    const months = await revenueByMonth(t.db, { actor: owner, providerId: provider.id });
    expect(months).toEqual([
      { month: "2026-10", currency: "USD", net: 4900, orders: 1 },
      { month: "2026-11", currency: "USD", net: 4900, orders: 1 },
      { month: "2026-12", currency: "USD", net: 0, orders: 1 },
    ]);
    const [figures] = (await listCourseFigures(t.db, { actor: owner, providerId: provider.id })).filter((c) => c.id === course.id);
    expect(figures).toMatchObject({ enrollments: 3, completed: 1, revenue: 9800 });
    expect(figures!.completionRate).toBeCloseTo(1 / 3);

    for (const read of [ordersCsv, learnersCsv, listCourseFigures, revenueByMonth, listProviderLearners, readCompletionFunnel, countProviderLearners]) {
      await expect(read(t.db, { actor: outsider, providerId: provider.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("profile and team", () => {
  it("validates and saves the public profile with an audit entry; outsiders are refused", async () => {
    expect(profileFormSchema.safeParse({ name: "X", description: "", website: "javascript:alert(1)" }).error?.issues.map((i) => i.path[0]).sort()).toEqual(["name", "website"]);
    const values = profileFormSchema.parse({ name: "Northwind Academy", description: "We teach data.", website: "https://northwind.example" });
    await updateProviderProfile(t.db, { actor: owner, providerId: provider.id, values, logoUrl: "/uploads/provider-logo/00000000-0000-4000-8000-000000000000.png" });
    const [row] = await t.db.select().from(providers).where(eq(providers.id, provider.id));
    expect(row).toMatchObject({ name: "Northwind Academy", url: "https://northwind.example", logoUrl: "/uploads/provider-logo/00000000-0000-4000-8000-000000000000.png" });
    expect((await t.db.select().from(auditLog).where(eq(auditLog.action, "provider.update_profile"))).length).toBe(1);
    await expect(updateProviderProfile(t.db, { actor: outsider, providerId: provider.id, values: { ...values, name: "Hijacked" } })).rejects.toBeInstanceOf(ForbiddenError);
    const [after] = await t.db.select().from(providers).where(eq(providers.id, provider.id));
    expect(after!.name).toBe("Northwind Academy");
  });

  it("the owner adds an existing user as editor by email and removes them; editors and outsiders cannot", async () => {
    const future = await makeUser(t.db, { email: "future.editor@example.test" });
    expect(await addEditor(t.db, { actor: owner, providerId: provider.id, email: "nobody@example.test" })).toEqual({ ok: false, message: "No Microcred account uses that email. Ask them to sign up first." });
    expect(await addEditor(t.db, { actor: owner, providerId: provider.id, email: "Future.Editor@example.test" })).toEqual({ ok: true });
    expect(await addEditor(t.db, { actor: owner, providerId: provider.id, email: "future.editor@example.test" })).toEqual({ ok: false, message: "That person is already a member." });
    const editor = await sessionUser(t.db, future.id);
    expect(editor.memberships).toEqual([expect.objectContaining({ providerId: provider.id, role: "editor" })]);

    const someone = await makeUser(t.db);
    await expect(addEditor(t.db, { actor: editor, providerId: provider.id, email: someone.email })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addEditor(t.db, { actor: outsider, providerId: provider.id, email: someone.email })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(t.db, { actor: outsider, providerId: provider.id, userId: future.id })).rejects.toBeInstanceOf(ForbiddenError);
    // Owners cannot be removed this way: a provider keeps its owner.
    expect(await removeMember(t.db, { actor: owner, providerId: provider.id, userId: owner.id })).toEqual({ ok: false, message: "Only editors can be removed." });
    expect(await removeMember(t.db, { actor: owner, providerId: provider.id, userId: future.id })).toEqual({ ok: true });
    expect(await t.db.select().from(providerMembers).where(eq(providerMembers.userId, future.id))).toHaveLength(0);
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, provider.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["provider.add_editor", "provider.remove_member"]));
  });
});
