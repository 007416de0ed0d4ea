CREATE TYPE "public"."active_status" AS ENUM('active', 'inactive');--> statement-breakpoint
CREATE TYPE "public"."registration_method" AS ENUM('self', 'staff');--> statement-breakpoint
CREATE TABLE "domain_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "domain_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" text NOT NULL,
	"seeker_id" uuid,
	"staff_id" uuid,
	"office_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "seeker_accounts" (
	"seeker_id" uuid PRIMARY KEY NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"converted_by_staff_id" uuid,
	"last_login_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "seeker_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"seeker_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "seekers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_number" bigint GENERATED ALWAYS AS IDENTITY (sequence name "seekers_record_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100001 CACHE 1),
	"first_name" text NOT NULL,
	"middle_initial" text,
	"last_name" text NOT NULL,
	"birth_date" date,
	"ssn_ciphertext" text,
	"ssn_hash" text,
	"ssn_last4" text,
	"ssn_is_pseudo" boolean DEFAULT false NOT NULL,
	"email" text,
	"email_is_placeholder" boolean DEFAULT false NOT NULL,
	"phone" text,
	"phone_digits" text GENERATED ALWAYS AS (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) STORED,
	"address1" text,
	"address2" text,
	"city" text,
	"state" text,
	"zip" text,
	"county" text,
	"search_name" text GENERATED ALWAYS AS (lower(first_name || ' ' || last_name)) STORED,
	"registration_status" "active_status" DEFAULT 'active' NOT NULL,
	"seeker_status" "active_status" DEFAULT 'active' NOT NULL,
	"registration_method" "registration_method" NOT NULL,
	"registration_completed_at" timestamp with time zone,
	"created_by_staff_id" uuid,
	"created_in_office_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "domain_events" ADD CONSTRAINT "domain_events_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_events" ADD CONSTRAINT "domain_events_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_events" ADD CONSTRAINT "domain_events_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seeker_accounts" ADD CONSTRAINT "seeker_accounts_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seeker_accounts" ADD CONSTRAINT "seeker_accounts_converted_by_staff_id_staff_id_fk" FOREIGN KEY ("converted_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seeker_sessions" ADD CONSTRAINT "seeker_sessions_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seekers" ADD CONSTRAINT "seekers_created_by_staff_id_staff_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seekers" ADD CONSTRAINT "seekers_created_in_office_id_offices_id_fk" FOREIGN KEY ("created_in_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "domain_events_unprocessed_idx" ON "domain_events" USING btree ("occurred_at") WHERE "domain_events"."processed_at" is null;--> statement-breakpoint
CREATE INDEX "seeker_sessions_seeker_idx" ON "seeker_sessions" USING btree ("seeker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "seekers_record_number_key" ON "seekers" USING btree ("record_number");--> statement-breakpoint
CREATE UNIQUE INDEX "seekers_real_ssn_key" ON "seekers" USING btree ("ssn_hash") WHERE "seekers"."ssn_is_pseudo" = false;--> statement-breakpoint
CREATE INDEX "seekers_ssn_hash_idx" ON "seekers" USING btree ("ssn_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "seekers_email_key" ON "seekers" USING btree (lower("email")) WHERE "seekers"."email_is_placeholder" = false;--> statement-breakpoint
CREATE INDEX "seekers_search_name_trgm" ON "seekers" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "seekers_last_name_idx" ON "seekers" USING btree (lower("last_name"),"birth_date");--> statement-breakpoint
CREATE INDEX "seekers_phone_digits_idx" ON "seekers" USING btree ("phone_digits");