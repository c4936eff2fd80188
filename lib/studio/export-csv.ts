import type { Db } from "@/db";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { toMajorUnits } from "@/lib/catalog/format";
import { listProviderOrders } from "@/lib/payments/provider-sales";
import { toCsv } from "./csv";
import { listProviderLearners } from "./provider-insights";

// CSV exports with the same rows and columns as the studio's tables (amounts in
// major units with their currency, dates in ISO 8601 UTC).

export async function ordersCsv(db: Db, input: { actor: SessionUser | null; providerId: string }): Promise<string> {
  const rows = await listProviderOrders(db, { ...input, limit: 100_000 });
  return toCsv(
    ["date", "learner", "email", "course", "currency", "gross", "platform_fee", "refunded", "net", "status"],
    rows.map((o) => [
      o.paidAt?.toISOString() ?? "",
      o.learnerName ?? "",
      o.learnerEmail,
      o.courseTitle,
      o.currency,
      toMajorUnits(o.amount, o.currency),
      toMajorUnits(o.feeKept, o.currency),
      toMajorUnits(o.refundedAmount, o.currency),
      toMajorUnits(o.net, o.currency),
      o.status,
    ]),
  );
}

export async function learnersCsv(db: Db, input: { actor: SessionUser | null; providerId: string }): Promise<string> {
  const rows = await listProviderLearners(db, { ...input, limit: 100_000 });
  return toCsv(
    ["learner", "email", "course", "enrolled_at", "status", "lessons_done", "lessons_total", "progress_percent", "completed_at"],
    rows.map((l) => [l.learnerName ?? "", l.learnerEmail, l.courseTitle, l.enrolledAt.toISOString(), l.status, l.lessonsDone, l.lessonsTotal, Math.round(l.progress * 100), l.completedAt?.toISOString() ?? ""]),
  );
}
