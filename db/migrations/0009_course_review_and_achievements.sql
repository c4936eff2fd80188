CREATE TABLE "achievements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"criteria" text NOT NULL,
	"image_path" text,
	"achievement_type" text DEFAULT 'CertificateOfCompletion' NOT NULL,
	"alignments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"validity_days" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "achievements_course_id_unique" UNIQUE("course_id"),
	CONSTRAINT "achievements_validity_positive" CHECK ("achievements"."validity_days" IS NULL OR "achievements"."validity_days" > 0),
	CONSTRAINT "achievements_type_known" CHECK ("achievements"."achievement_type" IN ('Achievement', 'Badge', 'Certificate', 'CertificateOfCompletion', 'Certification', 'Competency', 'Course', 'LearningProgram', 'MicroCredential'))
);
--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE restrict ON UPDATE no action;