CREATE TYPE "public"."contact_method" AS ENUM('email', 'online', 'phone', 'in_person', 'mail', 'fax');--> statement-breakpoint
CREATE TYPE "public"."employment_type" AS ENUM('full_time', 'part_time');--> statement-breakpoint
CREATE TYPE "public"."onet_source" AS ENUM('suggested', 'staff');--> statement-breakpoint
CREATE TYPE "public"."order_intake_method" AS ENUM('in_person', 'phone', 'fax', 'mail', 'email');--> statement-breakpoint
CREATE TYPE "public"."posting_federal_source" AS ENUM('employer_listing', 'job_development', 'mandatory_listing');--> statement-breakpoint
CREATE TYPE "public"."posting_note_kind" AS ENUM('note', 'openings', 'status', 'contact_method', 'owner', 'reservation', 'board', 'labor_dispute');--> statement-breakpoint
CREATE TYPE "public"."posting_origin" AS ENUM('employer_self_service', 'staff_order', 'import');--> statement-breakpoint
CREATE TYPE "public"."posting_program_type" AS ENUM('none', 'flc', 'h2a', 'h2b');--> statement-breakpoint
CREATE TYPE "public"."posting_shift" AS ENUM('day', 'evening', 'night', 'rotating', 'split', 'any');--> statement-breakpoint
CREATE TYPE "public"."posting_state_source" AS ENUM('application_only', 'full_service', 'job_fair');--> statement-breakpoint
CREATE TYPE "public"."posting_status" AS ENUM('draft', 'pending_approval', 'open', 'on_hold', 'closed', 'filled', 'refused');--> statement-breakpoint
CREATE TYPE "public"."work_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');--> statement-breakpoint
CREATE TABLE "employer_labor_disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"started_at" date NOT NULL,
	"description" text,
	"positions_at_issue" text NOT NULL,
	"position_codes" text[] DEFAULT '{}' NOT NULL,
	"position_titles" text[] DEFAULT '{}' NOT NULL,
	"recorded_by_staff_id" uuid,
	"verified_at" timestamp with time zone,
	"verified_by_staff_id" uuid,
	"ended_at" date,
	"ended_verified_by_staff_id" uuid,
	"end_verification_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_labor_disputes_end_verified" CHECK ("employer_labor_disputes"."ended_at" is null or ("employer_labor_disputes"."ended_verified_by_staff_id" is not null and "employer_labor_disputes"."end_verification_note" is not null))
);
--> statement-breakpoint
CREATE TABLE "job_postings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_number" bigint GENERATED ALWAYS AS IDENTITY (sequence name "job_postings_record_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100001 CACHE 1),
	"employer_id" uuid NOT NULL,
	"employer_name" text NOT NULL,
	"employer_trade_name" text,
	"location_id" uuid,
	"office_id" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"onet_code" text,
	"onet_title" text,
	"onet_source" "onet_source",
	"onet_confidence" double precision,
	"onet_alternatives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"openings" integer NOT NULL,
	"pay_min" numeric(12, 2),
	"pay_max" numeric(12, 2),
	"pay_unit" "pay_unit",
	"hours_per_week" integer,
	"employment_type" "employment_type",
	"shift" "posting_shift",
	"work_days" "work_day"[] DEFAULT '{}' NOT NULL,
	"experience_months" integer,
	"education_level" "education_level",
	"license_class" "license_class",
	"endorsements" "license_endorsement"[] DEFAULT '{}' NOT NULL,
	"keyboarding_wpm" integer,
	"public_transportation" boolean,
	"contact_method" "contact_method",
	"contact_email" text,
	"contact_url" text,
	"how_to_apply" text,
	"address1" text,
	"city" text,
	"state" text,
	"zip" text,
	"lat" double precision,
	"lon" double precision,
	"state_source" "posting_state_source" NOT NULL,
	"federal_source" "posting_federal_source" NOT NULL,
	"origin" "posting_origin" NOT NULL,
	"intake_method" "order_intake_method",
	"out_of_area" boolean DEFAULT false NOT NULL,
	"import_source" text,
	"external_id" text,
	"owner_staff_id" uuid,
	"status" "posting_status" DEFAULT 'draft' NOT NULL,
	"refusal_reason" text,
	"duplicated_from_id" uuid,
	"posted_at" timestamp with time zone,
	"application_deadline" date,
	"removed_from_board_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"reserved_for_office_id" uuid,
	"reserved_for_area_id" uuid,
	"reservation_days" integer,
	"reserved_until" timestamp with time zone,
	"reserved_indefinitely" boolean DEFAULT false NOT NULL,
	"program_type" "posting_program_type" DEFAULT 'none' NOT NULL,
	"subsidized" boolean DEFAULT false NOT NULL,
	"staffing_agency" boolean DEFAULT false NOT NULL,
	"worksite_company" text,
	"staff_comments" text,
	"labor_dispute_not_at_issue" boolean DEFAULT false NOT NULL,
	"created_by_employer_user_id" uuid,
	"created_by_staff_id" uuid,
	"updated_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(employer_name, '') || ' ' || coalesce(employer_trade_name, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')) STORED,
	CONSTRAINT "job_postings_openings_positive" CHECK ("job_postings"."openings" >= 1),
	CONSTRAINT "job_postings_pay_range" CHECK ("job_postings"."pay_min" is null or "job_postings"."pay_max" is null or "job_postings"."pay_min" <= "job_postings"."pay_max"),
	CONSTRAINT "job_postings_refusal_reason" CHECK ("job_postings"."status" <> 'refused' or "job_postings"."refusal_reason" is not null),
	CONSTRAINT "job_postings_live_has_owner" CHECK ("job_postings"."status" not in ('open', 'on_hold') or ("job_postings"."owner_staff_id" is not null and "job_postings"."posted_at" is not null and "job_postings"."application_deadline" is not null)),
	CONSTRAINT "job_postings_intake_method" CHECK ("job_postings"."origin" <> 'staff_order' or "job_postings"."intake_method" is not null),
	CONSTRAINT "job_postings_external_source" CHECK (("job_postings"."external_id" is null) = ("job_postings"."import_source" is null)),
	CONSTRAINT "job_postings_indefinite_subsidized" CHECK (not "job_postings"."reserved_indefinitely" or "job_postings"."subsidized"),
	CONSTRAINT "job_postings_worksite_named" CHECK (not "job_postings"."staffing_agency" or "job_postings"."worksite_company" is not null),
	CONSTRAINT "job_postings_onet_source" CHECK (("job_postings"."onet_code" is null) = ("job_postings"."onet_source" is null))
);
--> statement-breakpoint
CREATE TABLE "posting_designees" (
	"posting_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"added_by_staff_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "posting_designees_posting_id_staff_id_pk" PRIMARY KEY("posting_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "posting_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"posting_id" uuid NOT NULL,
	"kind" "posting_note_kind" NOT NULL,
	"body" text NOT NULL,
	"staff_id" uuid,
	"office_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posting_result_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"posting_id" uuid NOT NULL,
	"to_address" text,
	"email_id" uuid,
	"requested_by_staff_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "employer_labor_disputes" ADD CONSTRAINT "employer_labor_disputes_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_labor_disputes" ADD CONSTRAINT "employer_labor_disputes_recorded_by_staff_id_staff_id_fk" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_labor_disputes" ADD CONSTRAINT "employer_labor_disputes_verified_by_staff_id_staff_id_fk" FOREIGN KEY ("verified_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_labor_disputes" ADD CONSTRAINT "employer_labor_disputes_ended_verified_by_staff_id_staff_id_fk" FOREIGN KEY ("ended_verified_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_owner_staff_id_staff_id_fk" FOREIGN KEY ("owner_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_duplicated_from_id_job_postings_id_fk" FOREIGN KEY ("duplicated_from_id") REFERENCES "public"."job_postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_reserved_for_office_id_offices_id_fk" FOREIGN KEY ("reserved_for_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_reserved_for_area_id_local_areas_id_fk" FOREIGN KEY ("reserved_for_area_id") REFERENCES "public"."local_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_created_by_staff_id_staff_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_updated_by_staff_id_staff_id_fk" FOREIGN KEY ("updated_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_location_fk" FOREIGN KEY ("employer_id","location_id") REFERENCES "public"."employer_locations"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_designees" ADD CONSTRAINT "posting_designees_posting_id_job_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."job_postings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_designees" ADD CONSTRAINT "posting_designees_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_designees" ADD CONSTRAINT "posting_designees_added_by_staff_id_staff_id_fk" FOREIGN KEY ("added_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_notes" ADD CONSTRAINT "posting_notes_posting_id_job_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."job_postings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_notes" ADD CONSTRAINT "posting_notes_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_notes" ADD CONSTRAINT "posting_notes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_result_requests" ADD CONSTRAINT "posting_result_requests_posting_id_job_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."job_postings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_result_requests" ADD CONSTRAINT "posting_result_requests_email_id_outbound_emails_id_fk" FOREIGN KEY ("email_id") REFERENCES "public"."outbound_emails"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_result_requests" ADD CONSTRAINT "posting_result_requests_requested_by_staff_id_staff_id_fk" FOREIGN KEY ("requested_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_labor_disputes_active_idx" ON "employer_labor_disputes" USING btree ("employer_id") WHERE "employer_labor_disputes"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "job_postings_record_number_key" ON "job_postings" USING btree ("record_number");--> statement-breakpoint
CREATE UNIQUE INDEX "job_postings_external_key" ON "job_postings" USING btree ("import_source","external_id") WHERE "job_postings"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "job_postings_search_idx" ON "job_postings" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "job_postings_status_posted_idx" ON "job_postings" USING btree ("status","posted_at");--> statement-breakpoint
CREATE INDEX "job_postings_onet_idx" ON "job_postings" USING btree ("onet_code");--> statement-breakpoint
CREATE INDEX "job_postings_lat_lon_idx" ON "job_postings" USING btree ("lat","lon");--> statement-breakpoint
CREATE INDEX "job_postings_reserved_until_idx" ON "job_postings" USING btree ("reserved_until") WHERE "job_postings"."reserved_until" is not null;--> statement-breakpoint
CREATE INDEX "job_postings_employer_idx" ON "job_postings" USING btree ("employer_id","status");--> statement-breakpoint
CREATE INDEX "job_postings_owner_idx" ON "job_postings" USING btree ("owner_staff_id");--> statement-breakpoint
CREATE INDEX "job_postings_on_board_deadline_idx" ON "job_postings" USING btree ("application_deadline") WHERE "job_postings"."status" = 'open' and "job_postings"."removed_from_board_at" is null;--> statement-breakpoint
CREATE INDEX "job_postings_pending_idx" ON "job_postings" USING btree ("created_at") WHERE "job_postings"."status" = 'pending_approval';--> statement-breakpoint
CREATE INDEX "posting_designees_staff_idx" ON "posting_designees" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "posting_notes_posting_idx" ON "posting_notes" USING btree ("posting_id","created_at");--> statement-breakpoint
CREATE INDEX "posting_result_requests_posting_idx" ON "posting_result_requests" USING btree ("posting_id");--> statement-breakpoint
-- Reviewed: added by hand (drizzle-kit does not emit triggers). JOB-6 and JOB-7 for every writer,
-- not only the use cases: openings received are what federal reporting counts, so they never
-- fall; a closed, filled or refused posting stays so.
CREATE OR REPLACE FUNCTION job_postings_guard() RETURNS trigger AS $$
BEGIN
  IF NEW.openings < OLD.openings THEN
    RAISE EXCEPTION 'JOB-6: openings of posting % cannot be lowered from % to %', OLD.id, OLD.openings, NEW.openings
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status IN ('closed', 'filled', 'refused') AND NEW.status <> OLD.status THEN
    RAISE EXCEPTION 'JOB-7: posting % is % and is never reopened', OLD.id, OLD.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER job_postings_guard
  BEFORE UPDATE OF openings, status ON job_postings
  FOR EACH ROW EXECUTE FUNCTION job_postings_guard();
