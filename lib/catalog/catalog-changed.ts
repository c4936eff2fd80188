import type { Db } from "@/db";
import { enqueueJob } from "@/lib/jobs/enqueue-job";

/**
 * Records, in the caller's transaction, that what the public catalog shows has changed:
 * the shared cache is expired by a job (on every instance at once with Redis), and with
 * `terms` the "did you mean" vocabulary is rebuilt too. The request that made the change
 * still calls invalidateCatalog() after commit, so its own next page is fresh at once;
 * the job is what survives a crash between the commit and that call.
 */
export async function catalogChanged(tx: Db, input: { reason: string; terms?: boolean }): Promise<void> {
  await enqueueJob(tx, "catalog-invalidate", { reason: input.reason });
  if (input.terms) await enqueueJob(tx, "catalog-refresh-terms", { reason: input.reason });
}
