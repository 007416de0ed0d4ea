CREATE TABLE "veteran_priority_alerts" (
	"posting_id" uuid NOT NULL,
	"seeker_id" uuid NOT NULL,
	"stars" integer NOT NULL,
	"findings" jsonb DEFAULT '[]' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seen_at" timestamp with time zone,
	CONSTRAINT "veteran_priority_alerts_posting_id_seeker_id_pk" PRIMARY KEY("posting_id","seeker_id")
);
--> statement-breakpoint
ALTER TABLE "job_postings" ADD COLUMN "veteran_hold_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "job_postings" ADD COLUMN "veteran_hold_released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "veteran_priority_alerts" ADD CONSTRAINT "veteran_priority_alerts_posting_id_job_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."job_postings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veteran_priority_alerts" ADD CONSTRAINT "veteran_priority_alerts_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "veteran_priority_alerts_seeker_idx" ON "veteran_priority_alerts" USING btree ("seeker_id","created_at");--> statement-breakpoint
CREATE INDEX "job_postings_veteran_hold_idx" ON "job_postings" USING btree ("veteran_hold_until") WHERE "job_postings"."veteran_hold_until" is not null and "job_postings"."veteran_hold_released_at" is null;