CREATE TYPE "public"."citizenship" AS ENUM('us_citizen', 'permanent_resident', 'authorized_non_citizen');--> statement-breakpoint
CREATE TYPE "public"."disability_answer" AS ENUM('yes', 'no', 'not_disclosed');--> statement-breakpoint
CREATE TYPE "public"."discharge_type" AS ENUM('honorable', 'general', 'other_than_honorable', 'bad_conduct', 'dishonorable', 'uncharacterized');--> statement-breakpoint
CREATE TYPE "public"."employment_status" AS ENUM('employed', 'employed_with_notice', 'not_employed', 'not_in_labor_force');--> statement-breakpoint
CREATE TYPE "public"."license_endorsement" AS ENUM('passenger', 'motorcycle', 'school_bus', 'tank_vehicle', 'hazardous_materials', 'doubles_triples', 'air_brakes');--> statement-breakpoint
CREATE TYPE "public"."ethnicity" AS ENUM('hispanic_latino', 'not_hispanic_latino', 'not_disclosed');--> statement-breakpoint
CREATE TYPE "public"."gender" AS ENUM('male', 'female', 'not_disclosed');--> statement-breakpoint
CREATE TYPE "public"."language_proficiency" AS ENUM('basic', 'conversational', 'fluent', 'native');--> statement-breakpoint
CREATE TYPE "public"."license_class" AS ENUM('regular', 'cdl_a', 'cdl_b', 'cdl_c');--> statement-breakpoint
CREATE TYPE "public"."military_branch" AS ENUM('army', 'navy', 'air_force', 'marine_corps', 'space_force', 'coast_guard', 'army_national_guard', 'air_national_guard');--> statement-breakpoint
CREATE TYPE "public"."phone_type" AS ENUM('mobile', 'home', 'work', 'other');--> statement-breakpoint
CREATE TYPE "public"."race" AS ENUM('american_indian_alaska_native', 'asian', 'black_african_american', 'native_hawaiian_pacific_islander', 'white');--> statement-breakpoint
CREATE TYPE "public"."school_status" AS ENUM('in_secondary', 'in_alternative_school', 'in_postsecondary', 'not_in_school_dropout', 'not_in_school_graduate', 'not_in_school_compulsory_age');--> statement-breakpoint
CREATE TYPE "public"."service_disability" AS ENUM('none', 'under_30', '30_or_more');--> statement-breakpoint
CREATE TYPE "public"."transitioning_type" AS ENUM('separating', 'retiring', 'guard_reserve_demobilizing');--> statement-breakpoint
CREATE TYPE "public"."veteran_type" AS ENUM('veteran', 'veteran_180_days_or_less', 'transitioning_service_member', 'eligible_spouse');--> statement-breakpoint
CREATE TYPE "public"."work_duration" AS ENUM('permanent', 'temporary', 'seasonal');--> statement-breakpoint
CREATE TYPE "public"."work_shift" AS ENUM('day', 'evening', 'night', 'rotating', 'split', 'weekend');--> statement-breakpoint
CREATE TYPE "public"."work_week" AS ENUM('full_time', 'part_time', 'either');--> statement-breakpoint
CREATE TABLE "seeker_languages" (
	"seeker_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"language" text NOT NULL,
	"proficiency" "language_proficiency" NOT NULL,
	CONSTRAINT "seeker_languages_seeker_id_position_pk" PRIMARY KEY("seeker_id","position")
);
--> statement-breakpoint
CREATE TABLE "seeker_profiles" (
	"seeker_id" uuid PRIMARY KEY NOT NULL,
	"primary_phone_type" "phone_type",
	"alternate_phone" text,
	"alternate_phone_type" "phone_type",
	"mailing_address1" text,
	"mailing_address2" text,
	"mailing_city" text,
	"mailing_state" text,
	"mailing_zip" text,
	"gender" "gender",
	"ethnicity" "ethnicity",
	"races" "race"[] DEFAULT '{}' NOT NULL,
	"citizenship" "citizenship",
	"alien_registration_number" text,
	"alien_registration_expires" date,
	"disability" "disability_answer",
	"served_in_military" boolean,
	"veteran_type" "veteran_type",
	"service_start_date" date,
	"service_end_date" date,
	"planned_separation_date" date,
	"transitioning_type" "transitioning_type",
	"campaign_veteran" boolean,
	"service_connected_disability" "service_disability",
	"discharge_type" "discharge_type",
	"military_branch" "military_branch",
	"military_rank" text,
	"employment_status" "employment_status",
	"school_status" "school_status",
	"highest_education" "education_level",
	"has_drivers_license" boolean,
	"license_state" text,
	"license_class" "license_class",
	"license_endorsements" "license_endorsement"[] DEFAULT '{}' NOT NULL,
	"desired_wage" numeric(12, 2),
	"desired_pay_unit" "pay_unit",
	"work_week" "work_week",
	"work_duration" "work_duration",
	"overtime" boolean,
	"shifts" "work_shift"[] DEFAULT '{}' NOT NULL,
	"zip_codes" text[] DEFAULT '{}' NOT NULL,
	"radius_miles" integer,
	"states" text[] DEFAULT '{}' NOT NULL,
	"willing_to_relocate" boolean,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seeker_profiles_radius_range" CHECK ("seeker_profiles"."radius_miles" between 0 and 500),
	CONSTRAINT "seeker_profiles_wage_positive" CHECK ("seeker_profiles"."desired_wage" > 0),
	CONSTRAINT "seeker_profiles_zip_count" CHECK (cardinality("seeker_profiles"."zip_codes") <= 20),
	CONSTRAINT "seeker_profiles_service_dates" CHECK ("seeker_profiles"."service_end_date" is null or "seeker_profiles"."service_start_date" is null or "seeker_profiles"."service_end_date" >= "seeker_profiles"."service_start_date"),
	CONSTRAINT "seeker_profiles_service_needs_served" CHECK ("seeker_profiles"."served_in_military" is true or ("seeker_profiles"."service_start_date" is null and "seeker_profiles"."service_end_date" is null and "seeker_profiles"."discharge_type" is null and "seeker_profiles"."military_branch" is null))
);
--> statement-breakpoint
ALTER TABLE "seeker_languages" ADD CONSTRAINT "seeker_languages_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seeker_profiles" ADD CONSTRAINT "seeker_profiles_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "seeker_languages_language_key" ON "seeker_languages" USING btree ("seeker_id",lower("language"));--> statement-breakpoint
CREATE INDEX "seeker_profiles_veteran_type_idx" ON "seeker_profiles" USING btree ("veteran_type") WHERE "seeker_profiles"."veteran_type" is not null;