// The single source of truth for the database. Migrations in db/migrations are
// generated from this file by drizzle-kit and committed; never edit them by hand.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgMaterializedView,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "next-auth/adapters";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const providerStatus = pgEnum("provider_status", ["pending", "approved", "suspended"]);
export const courseStatus = pgEnum("course_status", ["draft", "in_review", "published", "archived"]);
export const courseLevel = pgEnum("course_level", ["beginner", "intermediate", "advanced"]);

export const providers = pgTable(
  "providers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    url: text("url"),
    logoUrl: text("logo_url"),
    description: text("description").notNull().default(""),
    status: providerStatus("status").notNull().default("pending"),
    stripeAccountId: text("stripe_account_id").unique(),
    chargesEnabled: boolean("charges_enabled").notNull().default(false),
    payoutsEnabled: boolean("payouts_enabled").notNull().default(false),
    detailsSubmitted: boolean("details_submitted").notNull().default(false),
    // Overrides the marketplace platform fee for this provider when set (basis points).
    platformFeeBps: integer("platform_fee_bps"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("providers_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("providers_fee_range", sql`${t.platformFeeBps} IS NULL OR ${t.platformFeeBps} BETWEEN 0 AND 10000`),
  ],
);

export const skills = pgTable(
  "skills",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull().unique(),
    description: text("description").notNull().default(""),
    // Optional alignment to a public framework, e.g. ESCO or O*NET, and its code there.
    framework: text("framework"),
    code: text("code"),
    createdAt: createdAt(),
  },
  (t) => [check("skills_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);

export const courses = pgTable(
  "courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "restrict" }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    description: text("description").notNull().default(""),
    level: courseLevel("level").notNull().default("beginner"),
    language: text("language").notNull().default("en"),
    durationMinutes: integer("duration_minutes").notNull(),
    // Money is integer minor units plus an ISO 4217 code; 0 means free.
    priceAmount: integer("price_amount").notNull().default(0),
    currency: text("currency").notNull().default("USD"),
    status: courseStatus("status").notNull().default("draft"),
    outcomes: text("outcomes").array().notNull().default(sql`'{}'::text[]`),
    requirements: text("requirements").array().notNull().default(sql`'{}'::text[]`),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    // Review: when the provider last submitted it, and the admin's reason when it was
    // sent back (shown in the studio; cleared on the next submission).
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewNote: text("review_note"),
    // --- Provider studio (issue 8): the cover image, a key in the upload store (lib/uploads),
    // served under /uploads/<key>; null shows the generated cover.
    coverImageKey: text("cover_image_key"),
    // --- end provider studio
    // Skill names, denormalized so the generated search document can weigh them
    // (a generated column cannot read another table). Kept in step by triggers on
    // course_skills and skills (migration 0016).
    skillsText: text("skills_text").notNull().default(""),
    // The course's skill ids, sorted, for the skill facet's counts (one array per match
    // instead of one course_skills lookup per match). Like skills_text, kept in step
    // with course_skills and skill names by database triggers (migration 0016), so no
    // writer can forget it.
    skillIds: uuid("skill_ids").array().notNull().default(sql`'{}'::uuid[]`),
    // Weighted full-text document: title (A) > skills (B) > summary (C) > description (D).
    searchDocument: tsvector("search_document")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(skills_text, '')), 'B') || setweight(to_tsvector('english', coalesce(summary, '')), 'C') || setweight(to_tsvector('english', coalesce(description, '')), 'D')`,
      ),
    // The level and language as tags ('level:advanced', 'lang:en') for the GIN index
    // beside the search document (core array_ops; btree_gin would do it on the plain
    // columns, but loading it beside pg_trgm breaks queries in PGlite 0.5).
    facetTags: text("facet_tags")
      .array()
      .notNull()
      .generatedAlwaysAs(
        sql.raw(
          `array[case level ${courseLevel.enumValues.map((l) => `when '${l}' then 'level:${l}'`).join(" ")} end, 'lang:' || language]`,
        ),
      ),
    ratingAverage: numeric("rating_average", { precision: 3, scale: 2, mode: "number" }),
    ratingCount: integer("rating_count").notNull().default(0),
    enrollmentCount: integer("enrollment_count").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Words plus the level and language facets in one GIN index: a search with those
    // facets gets a bitmap of rows matching all of them and visits only those in the
    // table, instead of every row that has the words.
    index("courses_search_idx").using("gin", t.searchDocument, t.facetTags),
    index("courses_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
    check("courses_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("courses_price_nonnegative", sql`${t.priceAmount} >= 0`),
    check("courses_currency_iso", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("courses_duration_positive", sql`${t.durationMinutes} > 0`),
    check("courses_language_tag", sql`${t.language} ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'`),
    // A published course always has a publication time; the catalog orders by it.
    check("courses_published_has_date", sql`${t.status} <> 'published' OR ${t.publishedAt} IS NOT NULL`),
    // The catalog: published courses, newest first, with id as the tie-break.
    // NULLS FIRST is what a plain `desc` in ORDER BY means; an index with another
    // null order cannot serve that ORDER BY (it sorted all rows instead).
    index("courses_catalog_idx")
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    index("courses_provider_idx").on(t.providerId),
    // One index per other sort order (same keys and directions as catalog-sort.ts), so
    // ORDER BY … LIMIT can walk an index instead of sorting every match. The popularity
    // order also picks the candidates that relevance ranks (result-rows.ts).
    index("courses_catalog_popular_idx")
      .on(t.enrollmentCount.desc().nullsFirst(), t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    index("courses_catalog_rating_idx")
      .on(sql`coalesce(${t.ratingAverage}, -1) desc`, t.ratingCount.desc().nullsFirst(), t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    // Scanned forwards for price_asc and backwards for price_desc.
    index("courses_catalog_price_idx")
      .on(t.priceAmount, t.id)
      .where(sql`${t.status} = 'published'`),
  ],
);

// Defined by migration 0005 (drizzle-kit cannot express ts_stat); refreshed by
// refreshCatalogTerms whenever the published catalog changes.
export const catalogTerms = pgMaterializedView("catalog_terms", {
  word: text("word").notNull(),
  frequency: integer("frequency").notNull(),
}).existing();

export const courseSkills = pgTable(
  "course_skills",
  {
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    skillId: uuid("skill_id")
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.skillId] }), index("course_skills_skill_idx").on(t.skillId, t.courseId)],
);

export const modules = pgTable(
  "modules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("modules_course_position_key").on(t.courseId, t.position)],
);

export const lessons = pgTable(
  "lessons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    videoUrl: text("video_url"),
    isPreview: boolean("is_preview").notNull().default(false),
    durationMinutes: integer("duration_minutes").notNull().default(5),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("lessons_module_position_key").on(t.moduleId, t.position),
    check("lessons_duration_positive", sql`${t.durationMinutes} > 0`),
  ],
);

export type Provider = typeof providers.$inferSelect;
export type Skill = typeof skills.$inferSelect;
export type Course = typeof courses.$inferSelect;
export type Module = typeof modules.$inferSelect;
export type Lesson = typeof lessons.$inferSelect;

// ---------------------------------------------------------------------------
// Accounts and access. The first five tables have the shape Auth.js's Drizzle
// adapter expects (property names matter; column names are ours).

export const users = pgTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    // argon2id PHC string; null for accounts that only use magic links or OAuth.
    passwordHash: text("password_hash"),
    isAdmin: boolean("is_admin").notNull().default(false),
    suspendedAt: timestamp("suspended_at", { withTimezone: true }),
    // Bumped to end every session of a user at once (password change, suspension).
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Emails are stored lower-cased; the check makes "one account per email" hold.
    uniqueIndex("users_email_key").on(t.email),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    // Admin console (issue 9): "new learners" per period on the overview.
    index("users_created_idx").on(t.createdAt),
  ],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<AdapterAccountType>().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_idx").on(t.userId)],
);

export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const authenticators = pgTable(
  "authenticators",
  {
    credentialID: text("credential_id").notNull().unique(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    providerAccountId: text("provider_account_id").notNull(),
    credentialPublicKey: text("credential_public_key").notNull(),
    counter: integer("counter").notNull(),
    credentialDeviceType: text("credential_device_type").notNull(),
    credentialBackedUp: boolean("credential_backed_up").notNull(),
    transports: text("transports"),
  },
  (t) => [primaryKey({ columns: [t.userId, t.credentialID] })],
);

export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    // Only a SHA-256 of the emailed token is stored, so a database leak cannot reset passwords.
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);

// Fixed-window counters for rate limits, shared by every app instance.
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  hits: integer("hits").notNull(),
  // Hardening (issue 15): the last counted hit, for per-account slow-down (lib/auth/slow-down.ts).
  lastHitAt: timestamp("last_hit_at", { withTimezone: true }),
});

// Hardening (issue 15): addresses an account has signed in from with its password. The
// per-account slow-down that strangers can trigger never applies to these, so the owner
// is not locked out by someone else's failures (lib/auth/auth-limits.ts).
export const signInAddresses = pgTable(
  "sign_in_addresses",
  {
    email: text("email").notNull(),
    address: text("address").notNull(),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.email, t.address] })],
);

export const memberRole = pgEnum("member_role", ["owner", "editor"]);

export const providerMembers = pgTable(
  "provider_members",
  {
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull().default("editor"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.userId] }), index("provider_members_user_idx").on(t.userId)],
);

export const applicationStatus = pgEnum("application_status", ["pending", "approved", "rejected"]);

export const providerApplications = pgTable(
  "provider_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationName: text("organization_name").notNull(),
    website: text("website").notNull(),
    description: text("description").notNull(),
    status: applicationStatus("status").notNull().default("pending"),
    decisionReason: text("decision_reason"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    providerId: uuid("provider_id").references(() => providers.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    // One open application per person at a time.
    uniqueIndex("provider_applications_one_pending").on(t.userId).where(sql`${t.status} = 'pending'`),
    check("provider_applications_rejection_has_reason", sql`${t.status} <> 'rejected' OR ${t.decisionReason} IS NOT NULL`),
    index("provider_applications_status_idx").on(t.status, t.createdAt),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt.desc()),
    index("audit_log_target_idx").on(t.targetType, t.targetId),
    // Admin console (issue 9): the audit log filtered by actor or by action, newest first.
    index("audit_log_actor_idx").on(t.actorId, t.createdAt.desc()),
    index("audit_log_action_idx").on(t.action, t.createdAt.desc()),
  ],
);

export type User = typeof users.$inferSelect;
export type ProviderApplication = typeof providerApplications.$inferSelect;

// ---------------------------------------------------------------------------
// Marketplace rules an admin can change. One row (id = 1); read with
// lib/settings/get-marketplace-settings.ts.

export const marketplaceSettings = pgTable(
  "marketplace_settings",
  {
    id: integer("id").primaryKey().default(1),
    // Platform fee in basis points of the gross price (2000 = 20%).
    platformFeeBps: integer("platform_fee_bps").notNull().default(2000),
    refundWindowDays: integer("refund_window_days").notNull().default(14),
    // Admin console (issue 9): how long a Stripe Checkout page stays open (Stripe allows 30 min to 24 h).
    checkoutExpiryMinutes: integer("checkout_expiry_minutes").notNull().default(60),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("marketplace_settings_single_row", sql`${t.id} = 1`),
    check("marketplace_settings_fee_range", sql`${t.platformFeeBps} BETWEEN 0 AND 10000`),
    check("marketplace_settings_refund_window_range", sql`${t.refundWindowDays} BETWEEN 0 AND 365`),
    check("marketplace_settings_checkout_expiry_range", sql`${t.checkoutExpiryMinutes} BETWEEN 30 AND 1440`),
  ],
);

// ---------------------------------------------------------------------------
// Buying and access. An order is one attempt to buy one course; an enrollment is
// the access it grants (or a free / granted one). See lib/payments and GUIDE §4.

export const enrollmentStatus = pgEnum("enrollment_status", ["active", "suspended", "refunded", "revoked"]);
export const enrollmentSource = pgEnum("enrollment_source", ["purchase", "free", "grant"]);
export const orderStatus = pgEnum("order_status", [
  "pending",
  "paid",
  "partially_refunded",
  "refunded",
  "disputed",
  "dispute_lost",
  "failed",
  "expired",
]);
export const disputeStatus = pgEnum("dispute_status", ["open", "won", "lost"]);
export const refundRequestStatus = pgEnum("refund_request_status", ["pending", "granted", "declined"]);

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "restrict" }),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "restrict" }),
    // What was charged, frozen at checkout: later price or fee changes never touch it.
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    platformFeeBps: integer("platform_fee_bps").notNull(),
    platformFeeAmount: integer("platform_fee_amount").notNull(),
    refundedAmount: integer("refunded_amount").notNull().default(0),
    // Derived from the facts below by lib/payments/sync-order.ts; never set on its own.
    status: orderStatus("status").notNull().default("pending"),
    disputeStatus: disputeStatus("dispute_status"),
    destinationAccountId: text("destination_account_id"),
    stripeCheckoutSessionId: text("stripe_checkout_session_id").unique(),
    stripeCheckoutUrl: text("stripe_checkout_url"),
    stripeCheckoutExpiresAt: timestamp("stripe_checkout_expires_at", { withTimezone: true }),
    stripePaymentIntentId: text("stripe_payment_intent_id").unique(),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    receiptSentAt: timestamp("receipt_sent_at", { withTimezone: true }),
    // Hardening (issue 15): this payment duplicates one the learner already has access
    // through; it is refunded automatically (lib/payments/refund-duplicate-payment.ts),
    // which clears the flag. Set and cleared with an audit entry.
    duplicateOfOrderId: uuid("duplicate_of_order_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Hardening (issue 15): the sweep that retries automatic duplicate refunds.
    index("orders_duplicate_idx").on(t.duplicateOfOrderId).where(sql`${t.duplicateOfOrderId} IS NOT NULL`),
    // Double clicks on "Buy" reuse the open attempt instead of starting a second one.
    uniqueIndex("orders_one_pending_per_course").on(t.userId, t.courseId).where(sql`${t.status} = 'pending'`),
    index("orders_user_idx").on(t.userId, t.createdAt.desc()),
    index("orders_provider_idx").on(t.providerId, t.createdAt.desc()),
    check("orders_amount_positive", sql`${t.amount} > 0`),
    check("orders_currency_format", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("orders_fee_range", sql`${t.platformFeeAmount} >= 0 AND ${t.platformFeeAmount} <= ${t.amount}`),
    check("orders_refund_range", sql`${t.refundedAmount} >= 0 AND ${t.refundedAmount} <= ${t.amount}`),
    check("orders_paid_has_time", sql`${t.status} IN ('pending', 'failed', 'expired') OR ${t.paidAt} IS NOT NULL`),
    // Admin console (issue 9): sales per period on the overview, and the orders search by date.
    index("orders_paid_at_idx").on(t.paidAt).where(sql`${t.paidAt} IS NOT NULL`),
  ],
);

export const enrollments = pgTable(
  "enrollments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "restrict" }),
    status: enrollmentStatus("status").notNull().default("active"),
    source: enrollmentSource("source").notNull(),
    // The purchase that granted current access; a refund of an older order never touches a newer one.
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "set null" }),
    // First moment the learner completed the course; set once, never cleared.
    completedAt: timestamp("completed_at", { withTimezone: true }),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("enrollments_user_course_key").on(t.userId, t.courseId),
    index("enrollments_course_idx").on(t.courseId, t.status),
    check("enrollments_purchase_has_order", sql`${t.source} <> 'purchase' OR ${t.orderId} IS NOT NULL OR ${t.status} <> 'active'`),
    // Admin console (issue 9): enrollments and completions per period on the overview.
    index("enrollments_created_idx").on(t.createdAt),
    index("enrollments_completed_idx").on(t.completedAt).where(sql`${t.completedAt} IS NOT NULL`),
  ],
);

// Every Stripe event we have handled, so a redelivery is answered and ignored.
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  livemode: boolean("livemode").notNull(),
  processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
});

// Refunds as Stripe reports them (from our UI or the Dashboard), one row per Stripe refund.
export const refunds = pgTable(
  "refunds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "restrict" }),
    stripeRefundId: text("stripe_refund_id").notNull().unique(),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    status: text("status").notNull(),
    reason: text("reason"),
    initiatedBy: text("initiated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("refunds_order_idx").on(t.orderId),
    check("refunds_amount_positive", sql`${t.amount} > 0`),
    // Admin console (issue 9): refunds per period on the overview.
    index("refunds_created_idx").on(t.createdAt),
  ],
);

export const refundRequests = pgTable(
  "refund_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    status: refundRequestStatus("status").notNull().default("pending"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("refund_requests_one_pending").on(t.orderId).where(sql`${t.status} = 'pending'`),
    index("refund_requests_status_idx").on(t.status, t.createdAt),
    check("refund_requests_decision_complete", sql`${t.status} = 'pending' OR (${t.decidedAt} IS NOT NULL)`),
  ],
);

export type Order = typeof orders.$inferSelect;
export type Enrollment = typeof enrollments.$inferSelect;
export type RefundRequest = typeof refundRequests.$inferSelect;

// ---------------------------------------------------------------------------
// Learning. Progress rows are facts ("this learner finished this lesson"); course
// completion is computed from them (lib/learning) and its first moment is kept in
// enrollments.completed_at.

export const lessonProgress = pgTable(
  "lesson_progress",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // One row per learner and lesson: marking complete twice is a no-op.
  (t) => [primaryKey({ columns: [t.userId, t.lessonId] }), index("lesson_progress_lesson_idx").on(t.lessonId)],
);

export const questionKind = pgEnum("question_kind", ["single", "multiple"]);

// A module ends with at most one quiz.
export const quizzes = pgTable(
  "quizzes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    moduleId: uuid("module_id")
      .notNull()
      .unique("quizzes_module_key")
      .references(() => modules.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    // Score (percent of questions answered exactly right) needed to pass.
    passPercent: integer("pass_percent").notNull().default(70),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check("quizzes_pass_percent_range", sql`${t.passPercent} BETWEEN 1 AND 100`)],
);

export const quizQuestions = pgTable(
  "quiz_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    prompt: text("prompt").notNull(),
    kind: questionKind("kind").notNull().default("single"),
    // Shown with the result when the learner got the question wrong.
    explanation: text("explanation"),
  },
  (t) => [unique("quiz_questions_quiz_position_key").on(t.quizId, t.position)],
);

export const quizOptions = pgTable(
  "quiz_options",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => quizQuestions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    // Never selected into data that reaches the browser before an attempt is graded.
    isCorrect: boolean("is_correct").notNull().default(false),
  },
  (t) => [unique("quiz_options_question_position_key").on(t.questionId, t.position)],
);

export const quizAttempts = pgTable(
  "quiz_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    scorePercent: integer("score_percent").notNull(),
    correctCount: integer("correct_count").notNull(),
    questionCount: integer("question_count").notNull(),
    passed: boolean("passed").notNull(),
    // The selected option ids per question id, as submitted.
    answers: jsonb("answers").$type<Record<string, string[]>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("quiz_attempts_user_quiz_idx").on(t.userId, t.quizId, t.createdAt.desc()),
    check("quiz_attempts_score_range", sql`${t.scorePercent} BETWEEN 0 AND 100`),
    check("quiz_attempts_counts", sql`${t.correctCount} BETWEEN 0 AND ${t.questionCount}`),
  ],
);

// One review per learner and course; only learners who completed may write one
// (checked in lib/reviews against enrollments.completed_at).
export const reviews = pgTable(
  "reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rating: integer("rating").notNull(),
    body: text("body").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("reviews_course_user_key").on(t.courseId, t.userId),
    index("reviews_course_created_idx").on(t.courseId, t.createdAt.desc()),
    check("reviews_rating_range", sql`${t.rating} BETWEEN 1 AND 5`),
  ],
);

export const reviewVotes = pgTable(
  "review_votes",
  {
    reviewId: uuid("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  // One "helpful" per person per review.
  (t) => [primaryKey({ columns: [t.reviewId, t.userId] })],
);

export const reviewReports = pgTable(
  "review_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reviewId: uuid("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    reporterId: text("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    details: text("details").notNull().default(""),
    // Set by the admin console when a moderator has dealt with the report.
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: text("resolved_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("review_reports_review_reporter_key").on(t.reviewId, t.reporterId),
    index("review_reports_open_idx").on(t.createdAt).where(sql`${t.resolvedAt} IS NULL`),
  ],
);

export type Quiz = typeof quizzes.$inferSelect;
export type QuizAttempt = typeof quizAttempts.$inferSelect;
export type Review = typeof reviews.$inferSelect;

// ---------------------------------------------------------------------------
// Credentials (Open Badges 3.0). Each course has at most one achievement, edited by
// its provider; completing the course issues a credential for it (lib/credentials).

// The OB 3.0 achievementType vocabulary we offer (a subset of the spec's enumeration).
export const achievementTypes = [
  "Achievement",
  "Badge",
  "Certificate",
  "CertificateOfCompletion",
  "Certification",
  "Competency",
  "Course",
  "LearningProgram",
  "MicroCredential",
] as const;

/** An OB 3.0 Alignment: a skill or competency the achievement maps to (ESCO, O*NET, …). */
export type AchievementAlignment = {
  targetName: string;
  targetUrl: string;
  targetFramework?: string;
  targetCode?: string;
  targetDescription?: string;
};

export const achievements = pgTable(
  "achievements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .unique()
      .references(() => courses.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    description: text("description").notNull(),
    // Markdown: what a learner had to do to earn it.
    criteria: text("criteria").notNull(),
    // An uploaded image (path under the upload store); null means generated from the course and provider.
    imagePath: text("image_path"),
    achievementType: text("achievement_type", { enum: achievementTypes }).notNull().default("CertificateOfCompletion"),
    alignments: jsonb("alignments").$type<AchievementAlignment[]>().notNull().default(sql`'[]'::jsonb`),
    // When set, a credential expires this many days after it was issued (validUntil).
    validityDays: integer("validity_days"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("achievements_validity_positive", sql`${t.validityDays} IS NULL OR ${t.validityDays} > 0`),
    check("achievements_type_known", sql`${t.achievementType} IN (${sql.raw(achievementTypes.map((a) => `'${a}'`).join(", "))})`),
  ],
);

export type Achievement = typeof achievements.$inferSelect;

// ---------------------------------------------------------------------------
// Credentials: issuer keys, status lists and issued credentials (lib/credentials).

// An approved provider's Ed25519 signing keys (Multikey). The newest signs; older ones
// stay published so credentials they signed keep verifying. The secret key is
// encrypted with the master key (AES-256-GCM, lib/credentials/key-encryption.ts).
export const issuerKeys = pgTable(
  "issuer_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "restrict" }),
    publicKeyMultibase: text("public_key_multibase").notNull().unique(),
    encryptedSecretKey: text("encrypted_secret_key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("issuer_keys_provider_idx").on(t.providerId, t.createdAt.desc())],
);

export const STATUS_LIST_LENGTH = 131_072;

// One BitstringStatusList (revocation) of an issuer: credentials take the next free
// index; `signed_document` is the signed BitstringStatusListCredential served at
// /credentials/status/[id], re-signed whenever a bit flips.
export const statusLists = pgTable(
  "status_lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "restrict" }),
    length: integer("length").notNull().default(STATUS_LIST_LENGTH),
    nextIndex: integer("next_index").notNull().default(0),
    signedDocument: text("signed_document"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("status_lists_provider_idx").on(t.providerId, t.createdAt),
    check("status_lists_length_min", sql`${t.length} >= 131072`),
    check("status_lists_index_range", sql`${t.nextIndex} >= 0 AND ${t.nextIndex} <= ${t.length}`),
  ],
);

// One OpenBadgeCredential per learner and achievement. `document` is the signed JSON
// exactly as issued: served byte for byte, never re-signed.
export const credentials = pgTable(
  "credentials",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    achievementId: uuid("achievement_id")
      .notNull()
      .references(() => achievements.id, { onDelete: "restrict" }),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "restrict" }),
    enrollmentId: uuid("enrollment_id").references(() => enrollments.id, { onDelete: "set null" }),
    statusListId: uuid("status_list_id")
      .notNull()
      .references(() => statusLists.id, { onDelete: "restrict" }),
    statusIndex: integer("status_index").notNull(),
    document: text("document").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
    validUntil: timestamp("valid_until", { withTimezone: true }),
    // The learner's choice: show their name on the public verification page.
    showName: boolean("show_name").notNull().default(true),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revocationReason: text("revocation_reason"),
    revokedBy: text("revoked_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("credentials_user_achievement_key").on(t.userId, t.achievementId),
    unique("credentials_status_slot_key").on(t.statusListId, t.statusIndex),
    index("credentials_user_idx").on(t.userId, t.issuedAt.desc()),
    index("credentials_enrollment_idx").on(t.enrollmentId),
    // Admin overview: credentials issued per period (revocations use credentials_revoked_idx).
    index("credentials_issued_idx").on(t.issuedAt),
    index("credentials_revoked_idx").on(t.revokedAt.desc()).where(sql`${t.revokedAt} IS NOT NULL`),
    check("credentials_revocation_has_reason", sql`${t.revokedAt} IS NULL OR ${t.revocationReason} IS NOT NULL`),
  ],
);

export type IssuerKey = typeof issuerKeys.$inferSelect;
export type StatusList = typeof statusLists.$inferSelect;
export type Credential = typeof credentials.$inferSelect;

// ── Scale-out (issue 17): after-commit side effects and the database's identity ──
// The job queue itself is pg-boss's own `pgboss` schema (installed by the custom
// migration 0018, kept current by pg-boss); these tables are ours.

// One row per mail that left the building, keyed by what it is about (e.g.
// `receipt:<orderId>`), so a job that runs twice never mails twice.
export const mailDeliveries = pgTable("mail_deliveries", {
  key: text("key").primaryKey(),
  recipient: text("recipient").notNull(),
  subject: text("subject").notNull(),
  sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
});

// Exactly one row, written by migration 0019: caches (Redis keys, the file cache under
// .next) are tagged with it, so one build started on another database never serves
// the previous database's pages.
export const databaseIdentity = pgTable(
  "database_identity",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    singleton: boolean("singleton").notNull().default(true).unique(),
    createdAt: createdAt(),
  },
  (t) => [check("database_identity_one_row", sql`${t.singleton}`)],
);

// Counters of rate-limiter-flexible's RateLimiterDrizzle (lib/http/shared-rate-limit.ts):
// the shared limits when REDIS_URL is not set, one atomic upsert per hit.
export const rateLimitCounters = pgTable("rate_limit_counters", {
  key: text("key").primaryKey(),
  points: integer("points").notNull(),
  expire: timestamp("expire", { withTimezone: true }),
});
