import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { providers } from "@/db/schema";

const dir = mkdtempSync(path.join(tmpdir(), "microcred-pglite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("embedded PGlite", () => {
  it("keeps data across restarts and re-applies no migration", async () => {
    const first = await openDb({ pgliteDir: dir });
    await first.migrate();
    await first.db.insert(providers).values({ slug: "kept", name: "Kept" });
    await first.close();

    const second = await openDb({ pgliteDir: dir });
    await second.migrate(); // already applied: must be a no-op, not an error
    const [row] = await second.db.select({ n: count() }).from(providers);
    expect(row!.n).toBe(1);
    await second.close();
  });
});
