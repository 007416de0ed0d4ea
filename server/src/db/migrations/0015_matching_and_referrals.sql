CREATE TYPE "public"."referral_kind" AS ENUM('staff', 'self', 'external');--> statement-breakpoint
CREATE TYPE "public"."referral_result" AS ENUM('hired', 'not_hired', 'interview_scheduled', 'position_filled', 'not_qualified', 'no_response', 'failed_to_report', 'refused_job');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('requested', 'held', 'referred', 'denied', 'withdrawn');--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seeker_id" uuid NOT NULL,
	"posting_id" uuid NOT NULL,
	"kind" "referral_kind" NOT NULL,
	"status" "referral_status" NOT NULL,
	"stars" integer NOT NULL,
	"findings" jsonb DEFAULT '[]' NOT NULL,
	"requested_by_staff_id" uuid,
	"office_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"release_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_staff_id" uuid,
	"denial_reason" text,
	"result" "referral_result",
	"result_note" text,
	"result_recorded_at" timestamp with time zone,
	"result_by_staff_id" uuid,
	"ui_review" boolean GENERATED ALWAYS AS (coalesce(result in ('failed_to_report', 'refused_job'), false)) STORED NOT NULL,
	"ui_reviewed_at" timestamp with time zone,
	CONSTRAINT "referrals_denial_reason" CHECK ("referrals"."status" <> 'denied' or "referrals"."denial_reason" is not null),
	CONSTRAINT "referrals_stars" CHECK ("referrals"."stars" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "seeker_match_features" (
	"seeker_id" uuid PRIMARY KEY NOT NULL,
	"tokens" text[] DEFAULT '{}' NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"veteran" boolean DEFAULT false NOT NULL,
	"features" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_postings" ADD COLUMN "match_tokens" text[];--> statement-breakpoint
ALTER TABLE "job_postings" ADD COLUMN "match_features" jsonb;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_posting_id_job_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."job_postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_requested_by_staff_id_staff_id_fk" FOREIGN KEY ("requested_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_decided_by_staff_id_staff_id_fk" FOREIGN KEY ("decided_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_result_by_staff_id_staff_id_fk" FOREIGN KEY ("result_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seeker_match_features" ADD CONSTRAINT "seeker_match_features_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_seeker_posting_key" ON "referrals" USING btree ("seeker_id","posting_id");--> statement-breakpoint
CREATE INDEX "referrals_requested_idx" ON "referrals" USING btree ("requested_at") WHERE "referrals"."status" = 'requested';--> statement-breakpoint
CREATE INDEX "referrals_posting_idx" ON "referrals" USING btree ("posting_id");--> statement-breakpoint
CREATE INDEX "referrals_seeker_idx" ON "referrals" USING btree ("seeker_id","requested_at");--> statement-breakpoint
CREATE INDEX "referrals_held_idx" ON "referrals" USING btree ("release_at") WHERE "referrals"."status" = 'held';--> statement-breakpoint
CREATE INDEX "referrals_ui_review_idx" ON "referrals" USING btree ("result_recorded_at") WHERE "referrals"."ui_review" and "referrals"."ui_reviewed_at" is null;--> statement-breakpoint
CREATE INDEX "seeker_match_features_search_idx" ON "seeker_match_features" USING gin ("tokens",(array[(floor("lat" * 4)::int * 2000 + floor("lon" * 4)::int)]));--> statement-breakpoint
CREATE INDEX "seeker_match_features_veteran_idx" ON "seeker_match_features" USING gin ("tokens",(array[(floor("lat" * 4)::int * 2000 + floor("lon" * 4)::int)])) WHERE "seeker_match_features"."veteran";--> statement-breakpoint
CREATE INDEX "job_postings_board_match_idx" ON "job_postings" USING gin ("match_tokens",(array[(floor("lat" * 4)::int * 2000 + floor("lon" * 4)::int)])) WHERE "job_postings"."status" = 'open' and "job_postings"."removed_from_board_at" is null;