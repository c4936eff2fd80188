// Small builders for integration tests: each test makes exactly the rows it needs.
import type { Db } from "@/db";
import { courseSkills, courses, lessons, modules, providers, skills } from "@/db/schema";

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export async function makeProvider(db: Db, over: Partial<typeof providers.$inferInsert> = {}) {
  const [row] = await db
    .insert(providers)
    .values({ slug: unique("prov"), name: "Test Provider", status: "approved", ...over })
    .returning();
  return row!;
}

export async function makeSkill(db: Db, over: Partial<typeof skills.$inferInsert> = {}) {
  const slug = over.slug ?? unique("skill");
  const [row] = await db.insert(skills).values({ slug, name: over.name ?? slug, ...over }).returning();
  return row!;
}

export async function makeCourse(
  db: Db,
  providerId: string,
  over: Partial<typeof courses.$inferInsert> & { skillIds?: string[] } = {},
) {
  const { skillIds = [], ...values } = over;
  const [row] = await db
    .insert(courses)
    .values({
      providerId,
      slug: unique("course"),
      title: "Test course",
      durationMinutes: 60,
      status: "published",
      publishedAt: new Date(),
      ...values,
    })
    .returning();
  if (skillIds.length) await db.insert(courseSkills).values(skillIds.map((skillId) => ({ courseId: row!.id, skillId })));
  return row!;
}

export async function makeModuleWithLessons(db: Db, courseId: string, position: number, lessonTitles: string[]) {
  const [mod] = await db.insert(modules).values({ courseId, position, title: `Module ${position}` }).returning();
  if (lessonTitles.length) {
    await db
      .insert(lessons)
      .values(lessonTitles.map((title, i) => ({ moduleId: mod!.id, position: i + 1, title, isPreview: i === 0 })));
  }
  return mod!;
}
