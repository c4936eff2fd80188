import { integer, jsonb, pgSchema, text, timestamp, uuid } from "drizzle-orm/pg-core";

// pg-boss's own job table (schema `pgboss`, migration 0018), declared here only so the
// admin console can read it with the query builder. Deliberately not in db/schema.ts:
// drizzle-kit must never generate migrations for a schema pg-boss owns.
const pgboss = pgSchema("pgboss");

export const jobStates = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
export const bossJobState = pgboss.enum("job_state", jobStates);

export const bossJobs = pgboss.table("job", {
  id: uuid("id").notNull(),
  name: text("name").notNull(),
  data: jsonb("data"),
  state: bossJobState("state").notNull(),
  retryCount: integer("retry_count").notNull(),
  retryLimit: integer("retry_limit").notNull(),
  startAfter: timestamp("start_after", { withTimezone: true }).notNull(),
  createdOn: timestamp("created_on", { withTimezone: true }).notNull(),
  completedOn: timestamp("completed_on", { withTimezone: true }),
  output: jsonb("output"),
});
