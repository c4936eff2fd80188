DROP INDEX "courses_search_idx";--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "skill_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "facet_tags" text[] GENERATED ALWAYS AS (array[case level when 'beginner' then 'level:beginner' when 'intermediate' then 'level:intermediate' when 'advanced' then 'level:advanced' end, 'lang:' || language]) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "courses_search_idx" ON "courses" USING gin ("search_document","facet_tags");