-- Fill the denormalized skill names of courses created before the column existed.
UPDATE "courses" SET "skills_text" = s.names
FROM (
  SELECT cs.course_id, string_agg(sk.name, ' ' ORDER BY sk.name) AS names
  FROM "course_skills" cs JOIN "skills" sk ON sk.id = cs.skill_id
  GROUP BY cs.course_id
) AS s
WHERE s.course_id = "courses"."id";
