CREATE TYPE "public"."employer_source" AS ENUM('staff', 'self_service');--> statement-breakpoint
CREATE TYPE "public"."employer_status" AS ENUM('pending_approval', 'active', 'inactive');--> statement-breakpoint
CREATE TABLE "employer_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"activity_type_id" uuid NOT NULL,
	"activity_date" date NOT NULL,
	"location_id" uuid,
	"note" text,
	"staff_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_activity_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 1000 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_activity_types_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "employer_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"title" text,
	"phone" text,
	"email" text,
	"is_primary" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"search_name" text GENERATED ALWAYS AS (lower(first_name || ' ' || last_name)) STORED,
	"created_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_contacts_employer_id_id_key" UNIQUE("employer_id","id")
);
--> statement-breakpoint
CREATE TABLE "employer_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address1" text NOT NULL,
	"address2" text,
	"city" text NOT NULL,
	"state" text NOT NULL,
	"zip" text NOT NULL,
	"county" text,
	"naics_code" text,
	"contact_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_locations_employer_id_id_key" UNIQUE("employer_id","id"),
	CONSTRAINT "employer_locations_naics_digits" CHECK ("employer_locations"."naics_code" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
CREATE TABLE "employer_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"body" text NOT NULL,
	"staff_id" uuid,
	"office_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_owners" (
	"employer_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"added_by_staff_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_owners_employer_id_staff_id_pk" PRIMARY KEY("employer_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_number" bigint GENERATED ALWAYS AS IDENTITY (sequence name "employers_record_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100001 CACHE 1),
	"legal_name" text NOT NULL,
	"trade_name" text,
	"fein" text,
	"independent_contractor" boolean DEFAULT false NOT NULL,
	"no_fein_note" text,
	"status" "employer_status" DEFAULT 'active' NOT NULL,
	"inactivated_reason" text,
	"merged_into_id" uuid,
	"source" "employer_source" NOT NULL,
	"office_id" uuid,
	"website" text,
	"phone" text,
	"phone_digits" text GENERATED ALWAYS AS (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) STORED,
	"email" text,
	"address1" text,
	"address2" text,
	"city" text,
	"state" text,
	"zip" text,
	"county" text,
	"naics_code" text,
	"ownership_type" text,
	"size_class" text,
	"search_name" text GENERATED ALWAYS AS (lower(legal_name || coalesce(' ' || trade_name, ''))) STORED,
	"approved_by_staff_id" uuid,
	"approved_at" timestamp with time zone,
	"created_by_staff_id" uuid,
	"updated_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employers_fein_digits" CHECK ("employers"."fein" ~ '^[0-9]{9}$'),
	CONSTRAINT "employers_fein_or_statement" CHECK ("employers"."fein" is not null or ("employers"."independent_contractor" and "employers"."no_fein_note" is not null)),
	CONSTRAINT "employers_naics_digits" CHECK ("employers"."naics_code" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
ALTER TABLE "employer_activities" ADD CONSTRAINT "employer_activities_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_activities" ADD CONSTRAINT "employer_activities_activity_type_id_employer_activity_types_id_fk" FOREIGN KEY ("activity_type_id") REFERENCES "public"."employer_activity_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_activities" ADD CONSTRAINT "employer_activities_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_activities" ADD CONSTRAINT "employer_activities_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_activities" ADD CONSTRAINT "employer_activities_location_fk" FOREIGN KEY ("employer_id","location_id") REFERENCES "public"."employer_locations"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_created_by_staff_id_staff_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_locations" ADD CONSTRAINT "employer_locations_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_locations" ADD CONSTRAINT "employer_locations_created_by_staff_id_staff_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_locations" ADD CONSTRAINT "employer_locations_contact_fk" FOREIGN KEY ("employer_id","contact_id") REFERENCES "public"."employer_contacts"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_notes" ADD CONSTRAINT "employer_notes_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_notes" ADD CONSTRAINT "employer_notes_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_notes" ADD CONSTRAINT "employer_notes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_owners" ADD CONSTRAINT "employer_owners_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_owners" ADD CONSTRAINT "employer_owners_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_owners" ADD CONSTRAINT "employer_owners_added_by_staff_id_staff_id_fk" FOREIGN KEY ("added_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_merged_into_id_employers_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_approved_by_staff_id_staff_id_fk" FOREIGN KEY ("approved_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_created_by_staff_id_staff_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_updated_by_staff_id_staff_id_fk" FOREIGN KEY ("updated_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_activities_employer_idx" ON "employer_activities" USING btree ("employer_id","activity_date","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "employer_contacts_one_primary_key" ON "employer_contacts" USING btree ("employer_id") WHERE "employer_contacts"."is_primary" and "employer_contacts"."active";--> statement-breakpoint
CREATE INDEX "employer_contacts_email_lower_idx" ON "employer_contacts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "employer_contacts_search_name_trgm" ON "employer_contacts" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "employer_notes_employer_idx" ON "employer_notes" USING btree ("employer_id","created_at");--> statement-breakpoint
CREATE INDEX "employer_owners_staff_idx" ON "employer_owners" USING btree ("staff_id");--> statement-breakpoint
CREATE UNIQUE INDEX "employers_record_number_key" ON "employers" USING btree ("record_number");--> statement-breakpoint
CREATE UNIQUE INDEX "employers_active_fein_key" ON "employers" USING btree ("fein") WHERE "employers"."fein" is not null and "employers"."status" <> 'inactive';--> statement-breakpoint
CREATE INDEX "employers_fein_idx" ON "employers" USING btree ("fein");--> statement-breakpoint
CREATE INDEX "employers_search_name_trgm" ON "employers" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "employers_email_lower_idx" ON "employers" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "employers_office_idx" ON "employers" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "employers_pending_idx" ON "employers" USING btree ("created_at") WHERE "employers"."status" = 'pending_approval';--> statement-breakpoint
-- Reviewed: added by hand (drizzle-kit does not emit triggers). EMP-4: at most 300 active contacts
-- per employer, for every writer. The employer row is locked first, so two inserts at once cannot
-- both see 299.
CREATE OR REPLACE FUNCTION employer_contacts_limit() RETURNS trigger AS $$
BEGIN
  IF NEW.active AND (TG_OP = 'INSERT' OR NOT OLD.active OR OLD.employer_id <> NEW.employer_id) THEN
    PERFORM 1 FROM employers WHERE id = NEW.employer_id FOR UPDATE;
    IF (SELECT count(*) FROM employer_contacts
        WHERE employer_id = NEW.employer_id AND active AND id <> NEW.id) >= 300 THEN
      RAISE EXCEPTION 'employer % already has 300 active contacts (EMP-4)', NEW.employer_id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'employer_contacts_limit';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER employer_contacts_limit
  BEFORE INSERT OR UPDATE OF active, employer_id ON employer_contacts
  FOR EACH ROW EXECUTE FUNCTION employer_contacts_limit();
