CREATE TYPE "public"."education_level" AS ENUM('less_than_high_school', 'high_school', 'ged', 'some_college', 'vocational_certificate', 'associate', 'bachelor', 'master', 'doctorate');--> statement-breakpoint
CREATE TYPE "public"."pay_unit" AS ENUM('hour', 'day', 'week', 'month', 'year');--> statement-breakpoint
CREATE TABLE "resume_education" (
	"seeker_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"institution" text NOT NULL,
	"level" "education_level",
	"degree" text,
	"major" text,
	"completed_year" integer,
	CONSTRAINT "resume_education_seeker_id_position_pk" PRIMARY KEY("seeker_id","position")
);
--> statement-breakpoint
CREATE TABLE "resume_jobs" (
	"seeker_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"onet_code" text,
	"employer" text NOT NULL,
	"city" text,
	"state" text,
	"start_date" date,
	"end_date" date,
	"duties" text DEFAULT '' NOT NULL,
	"wage" numeric(12, 2),
	"pay_unit" "pay_unit",
	CONSTRAINT "resume_jobs_seeker_id_position_pk" PRIMARY KEY("seeker_id","position")
);
--> statement-breakpoint
CREATE TABLE "resume_licenses" (
	"seeker_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"issuer" text,
	"expires" date,
	CONSTRAINT "resume_licenses_seeker_id_position_pk" PRIMARY KEY("seeker_id","position")
);
--> statement-breakpoint
CREATE TABLE "resume_skills" (
	"seeker_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"skill" text NOT NULL,
	CONSTRAINT "resume_skills_seeker_id_position_pk" PRIMARY KEY("seeker_id","position")
);
--> statement-breakpoint
CREATE TABLE "resumes" (
	"seeker_id" uuid PRIMARY KEY NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text,
	"phone" text,
	"city" text,
	"state" text,
	"zip" text,
	"summary" text DEFAULT '' NOT NULL,
	"searchable" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resume_education" ADD CONSTRAINT "resume_education_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_jobs" ADD CONSTRAINT "resume_jobs_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_licenses" ADD CONSTRAINT "resume_licenses_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_skills" ADD CONSTRAINT "resume_skills_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resume_jobs_onet_idx" ON "resume_jobs" USING btree ("onet_code");--> statement-breakpoint
CREATE INDEX "resume_skills_skill_idx" ON "resume_skills" USING btree ("skill");