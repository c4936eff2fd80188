import { sql } from "drizzle-orm";
import type { Db } from "@/db";

export type Health = { status: "ok" | "degraded"; db: "ok" | "down" };

// A cheap round trip, bounded so a hung database cannot hang the health check.
export async function checkHealth(getDb: () => Promise<Db>, timeoutMs = 2000): Promise<Health> {
  try {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("database health check timed out")), timeoutMs);
    });
    try {
      const db = await Promise.race([getDb(), timeout]);
      await Promise.race([db.execute(sql`select 1`), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "degraded", db: "down" };
  }
}
