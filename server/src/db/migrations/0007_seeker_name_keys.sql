-- Reviewed: soundex() comes from fuzzystrmatch, which must exist before the index below (drizzle-kit does not emit CREATE EXTENSION).
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;--> statement-breakpoint
CREATE INDEX "seekers_name_soundex_idx" ON "seekers" USING btree (soundex("last_name"),soundex("first_name"));--> statement-breakpoint
CREATE INDEX "seekers_last_first_initial_idx" ON "seekers" USING btree (lower("last_name"),left(lower("first_name"), 1));--> statement-breakpoint
CREATE INDEX "seekers_first_last_initial_idx" ON "seekers" USING btree (lower("first_name"),left(lower("last_name"), 1));