import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { noteDatabaseError, noteDatabaseUp } from "./database-availability";

export type Health = { status: "ok" | "degraded"; db: "ok" | "down" };

const DOWN_MARK = Object.assign(new Error("database health check failed"), { code: "CONNECTION_CLOSED" });

// A cheap round trip, bounded so a hung database cannot hang the health check. Its
// answer also feeds the process-wide availability mark the server entry reads.
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
    noteDatabaseUp();
    return { status: "ok", db: "ok" };
  } catch {
    noteDatabaseError(DOWN_MARK);
    return { status: "degraded", db: "down" };
  }
}
