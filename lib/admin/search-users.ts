import { count, desc, ilike, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { enrollments, providerMembers, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { likePattern, PAGE_SIZE } from "./admin-inputs";

export type UserRow = {
  id: string;
  name: string | null;
  email: string;
  isAdmin: boolean;
  suspendedAt: Date | null;
  createdAt: Date;
  providerCount: number;
  enrollmentCount: number;
};

// A single-table select renders columns unqualified; inside the subqueries "id" would be theirs.
const userIdColumn = sql.raw(`"users"."id"`);

/** Users by name or email (substring, case-insensitive), newest first. */
export async function searchUsers(db: Db, input: { actor: SessionUser | null; q?: string; page?: number }): Promise<{ rows: UserRow[]; total: number }> {
  assertAdmin(input.actor);
  const page = input.page ?? 1;
  const where = input.q ? or(ilike(users.name, likePattern(input.q)), ilike(users.email, likePattern(input.q.toLowerCase()))) : undefined;
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        isAdmin: users.isAdmin,
        suspendedAt: users.suspendedAt,
        createdAt: users.createdAt,
        providerCount: sql<number>`(select count(*) from ${providerMembers} where ${providerMembers.userId} = ${userIdColumn})::int`,
        enrollmentCount: sql<number>`(select count(*) from ${enrollments} where ${enrollments.userId} = ${userIdColumn})::int`,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), users.id)
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: totals?.n ?? 0 };
}
