import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { courses, modules } from "@/db/schema";
import { makeCourse, makeProvider } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let providerId: string;
beforeAll(async () => {
  t = await createTestDb();
  providerId = (await makeProvider(t.db)).id;
});
afterAll(async () => t?.close());

// Drizzle wraps driver errors; the constraint name sits on the cause.
async function violation(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: { constraint?: string; constraint_name?: string; message?: string } }).cause;
    return cause?.constraint ?? cause?.constraint_name ?? cause?.message ?? String(error);
  }
  throw new Error("expected the database to refuse the write");
}

const base = () => ({ providerId, title: "T", durationMinutes: 30, slug: `c-${Math.random().toString(36).slice(2, 10)}` });

describe("schema constraints", () => {
  it("refuses a duplicate course slug", async () => {
    await makeCourse(t.db, providerId, { slug: "only-once" });
    expect(await violation(t.db.insert(courses).values({ ...base(), slug: "only-once" }))).toMatch(/courses_slug_unique/);
  });

  it("refuses negative prices, bad currencies and malformed slugs", async () => {
    expect(await violation(t.db.insert(courses).values({ ...base(), priceAmount: -1 }))).toMatch(/courses_price_nonnegative/);
    expect(await violation(t.db.insert(courses).values({ ...base(), currency: "usd" }))).toMatch(/courses_currency_iso/);
    expect(await violation(t.db.insert(courses).values({ ...base(), slug: "Not A Slug" }))).toMatch(/courses_slug_format/);
    expect(await violation(t.db.insert(courses).values({ ...base(), durationMinutes: 0 }))).toMatch(/courses_duration_positive/);
  });

  it("refuses a published course without a publication date", async () => {
    expect(await violation(t.db.insert(courses).values({ ...base(), status: "published", publishedAt: null }))).toMatch(
      /courses_published_has_date/,
    );
  });

  it("keeps module positions unique within a course", async () => {
    const course = await makeCourse(t.db, providerId);
    await t.db.insert(modules).values({ courseId: course.id, position: 1, title: "A" });
    expect(await violation(t.db.insert(modules).values({ courseId: course.id, position: 1, title: "B" }))).toMatch(
      /modules_course_position_key/,
    );
  });
});
