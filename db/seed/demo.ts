// The demo marketplace: hand-written providers, skills and courses. Idempotent:
// every row is keyed by its slug, so a second run inserts nothing and changes nothing.
import { inArray } from "drizzle-orm";
import type { Db } from "../client";
import { courseSkills, courses, lessons, modules, providers, quizOptions, quizQuestions, quizzes, skills } from "../schema";
import { demoCourses, demoProviders, demoQuizzes, demoSkills } from "./data";
import { seedDemoActivity } from "./demo-activity";
import { seedDemoCredentials } from "./demo-credentials";
import { seedDemoUsers } from "./demo-users";
import { env } from "@/lib/config/env";
import { refreshCatalogTerms } from "@/lib/catalog/refresh-catalog-terms";

const DAY_MS = 86_400_000;

export type SeedSummary = { providers: number; skills: number; courses: number; lessons: number; users: number };

export async function seedDemo(db: Db, now: Date = new Date()): Promise<SeedSummary> {
  const summary = await insertDemo(db, now);
  if (summary.courses > 0) await refreshCatalogTerms(db);
  await seedDemoCredentials(db, { appUrl: env().APP_URL, now });
  return summary;
}

async function insertDemo(db: Db, now: Date): Promise<SeedSummary> {
  return db.transaction(async (tx) => {
    await tx
      .insert(providers)
      // Demo providers come with a (simulated) Stripe account that can take charges, so the
      // demo shop sells through local test mode. With real Stripe keys these ids do not exist
      // and checkout says the provider cannot take payments yet.
      .values(
        demoProviders.map((p, i) => ({
          ...p,
          status: "approved" as const,
          stripeAccountId: `acct_demo${String(i + 1).padStart(4, "0")}`,
          chargesEnabled: true,
          payoutsEnabled: true,
          detailsSubmitted: true,
        })),
      )
      .onConflictDoNothing({ target: providers.slug });
    await tx.insert(skills).values(demoSkills).onConflictDoNothing({ target: skills.slug });

    const providerRows = await tx
      .select({ id: providers.id, slug: providers.slug })
      .from(providers)
      .where(inArray(providers.slug, demoProviders.map((p) => p.slug)));
    const skillRows = await tx
      .select({ id: skills.id, slug: skills.slug })
      .from(skills)
      .where(inArray(skills.slug, demoSkills.map((s) => s.slug)));
    const providerId = new Map(providerRows.map((r) => [r.slug, r.id]));
    const skillId = new Map(skillRows.map((r) => [r.slug, r.id]));

    const inserted = await tx
      .insert(courses)
      .values(
        demoCourses.map((c) => ({
          providerId: mustGet(providerId, c.providerSlug, "provider"),
          slug: c.slug,
          title: c.title,
          summary: c.summary,
          description: c.description,
          level: c.level,
          language: c.language,
          durationMinutes: c.durationMinutes,
          priceAmount: c.priceAmount,
          currency: c.currency,
          outcomes: c.outcomes,
          requirements: c.requirements,
          status: "published" as const,
          publishedAt: new Date(now.getTime() - c.publishedDaysAgo * DAY_MS),
        })),
      )
      .onConflictDoNothing({ target: courses.slug })
      .returning({ id: courses.id, slug: courses.slug });

    // Only courses created by this run get their skills and syllabus, so a rerun
    // never duplicates modules or lessons.
    const newCourseId = new Map(inserted.map((r) => [r.slug, r.id]));
    const fresh = demoCourses.filter((c) => newCourseId.has(c.slug));
    let lessonCount = 0;
    if (fresh.length > 0) {
      await tx.insert(courseSkills).values(
        fresh.flatMap((c) =>
          c.skillSlugs.map((s) => ({ courseId: mustGet(newCourseId, c.slug, "course"), skillId: mustGet(skillId, s, "skill") })),
        ),
      );
      const moduleRows = await tx
        .insert(modules)
        .values(
          fresh.flatMap((c) =>
            c.modules.map((m, i) => ({ courseId: mustGet(newCourseId, c.slug, "course"), position: i + 1, title: m.title })),
          ),
        )
        .returning({ id: modules.id, courseId: modules.courseId, position: modules.position });
      const moduleId = new Map(moduleRows.map((m) => [`${m.courseId}:${m.position}`, m.id]));
      const lessonValues = fresh.flatMap((c) =>
        c.modules.flatMap((m, mi) =>
          m.lessons.map((l, li) => ({
            moduleId: mustGet(moduleId, `${mustGet(newCourseId, c.slug, "course")}:${mi + 1}`, "module"),
            position: li + 1,
            title: l.title,
            body: l.body,
            durationMinutes: l.durationMinutes,
            isPreview: l.isPreview ?? false,
            videoUrl: l.videoUrl ?? null,
          })),
        ),
      );
      await tx.insert(lessons).values(lessonValues);
      lessonCount = lessonValues.length;
      await insertQuizzes(tx, (slug, position) => moduleId.get(`${newCourseId.get(slug)}:${position}`));
    }
    const userCount = await seedDemoUsers(tx, now);
    await seedDemoActivity(tx, now); // for the admin console (issue 9)
    return { providers: demoProviders.length, skills: demoSkills.length, courses: fresh.length, lessons: lessonCount, users: userCount };
  });
}

// Quizzes of the courses created by this run (a module of an older course keeps what it has).
async function insertQuizzes(tx: Db, moduleFor: (courseSlug: string, position: number) => string | undefined): Promise<void> {
  for (const quiz of demoQuizzes) {
    const moduleId = moduleFor(quiz.courseSlug, quiz.modulePosition);
    if (!moduleId) continue;
    const [row] = await tx.insert(quizzes).values({ moduleId, title: quiz.title, passPercent: quiz.passPercent }).returning({ id: quizzes.id });
    for (const [qi, q] of quiz.questions.entries()) {
      const [question] = await tx
        .insert(quizQuestions)
        .values({ quizId: row!.id, position: qi + 1, prompt: q.prompt, kind: q.kind, explanation: q.explanation })
        .returning({ id: quizQuestions.id });
      await tx.insert(quizOptions).values(q.options.map(([label, isCorrect], oi) => ({ questionId: question!.id, position: oi + 1, label, isCorrect })));
    }
  }
}

function mustGet<V>(map: Map<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo seed refers to unknown ${what} "${key}"`);
  return value;
}
