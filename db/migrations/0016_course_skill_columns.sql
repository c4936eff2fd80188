-- courses.skill_ids and courses.skills_text are copies of course_skills (ids for the
-- skill facet, names for the search document). Triggers keep them in step, whoever
-- writes course_skills or renames a skill, so no writer can forget them.
CREATE OR REPLACE FUNCTION refresh_course_skill_columns(course_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE courses c
  SET skill_ids = s.ids, skills_text = s.names
  FROM (
    SELECT a.id AS course_id,
      coalesce(array_agg(cs.skill_id ORDER BY cs.skill_id) FILTER (WHERE cs.skill_id IS NOT NULL), '{}'::uuid[]) AS ids,
      coalesce(string_agg(sk.name, ' ' ORDER BY sk.name), '') AS names
    FROM (SELECT DISTINCT id FROM unnest(course_ids) AS u(id)) a
    LEFT JOIN course_skills cs ON cs.course_id = a.id
    LEFT JOIN skills sk ON sk.id = cs.skill_id
    GROUP BY a.id
  ) s
  WHERE c.id = s.course_id AND (c.skill_ids IS DISTINCT FROM s.ids OR c.skills_text IS DISTINCT FROM s.names);
$$;
--> statement-breakpoint
-- One UPDATE per statement (transition tables), so a bulk insert of links costs one pass.
CREATE OR REPLACE FUNCTION course_skills_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_course_skill_columns(ARRAY(SELECT course_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_course_skill_columns(ARRAY(SELECT course_id FROM old_rows));
  ELSE
    PERFORM refresh_course_skill_columns(ARRAY(SELECT course_id FROM new_rows UNION SELECT course_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER course_skills_inserted AFTER INSERT ON course_skills REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION course_skills_changed();
--> statement-breakpoint
CREATE TRIGGER course_skills_deleted AFTER DELETE ON course_skills REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION course_skills_changed();
--> statement-breakpoint
CREATE TRIGGER course_skills_updated AFTER UPDATE ON course_skills REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION course_skills_changed();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION skills_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_course_skill_columns(ARRAY(
    SELECT cs.course_id FROM course_skills cs
    JOIN new_rows n ON n.id = cs.skill_id
    JOIN old_rows o ON o.id = n.id
    WHERE o.name IS DISTINCT FROM n.name
  ));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER skills_renamed AFTER UPDATE ON skills REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skills_renamed();
--> statement-breakpoint
SELECT refresh_course_skill_columns(ARRAY(SELECT id FROM courses));
