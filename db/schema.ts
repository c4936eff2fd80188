// The single source of truth for the database. Migrations in db/migrations are
// generated from this file by drizzle-kit and committed; never edit them by hand.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check("providers_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("courses_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("courses_price_nonnegative", sql`${t.priceAmount} >= 0`),
    check("courses_currency_iso", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("courses_duration_positive", sql`${t.durationMinutes} > 0`),
    check("courses_language_tag", sql`${t.language} ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'`),
    // A published course always has a publication time; the catalog orders by it.
    check("courses_published_has_date", sql`${t.status} <> 'published' OR ${t.publishedAt} IS NOT NULL`),
    // The catalog: published courses, newest first, with id as the tie-break.
    index("courses_catalog_idx")
      .on(t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'published'`),
    index("courses_provider_idx").on(t.providerId),
  ],
);

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
