-- SEEK-11, written by hand (drizzle-kit cannot express INCLUDE). The board's newest-first index
-- also carries every column a search filters or sorts on, except the words, so a search without
-- words (filters, radius) is answered from the index alone: no table rows are read once
-- autovacuum has marked the pages all-visible. The drizzle schema still names the index without
-- its INCLUDE list; change it here, not there.
DROP INDEX IF EXISTS "job_postings_board_posted_idx";--> statement-breakpoint
CREATE INDEX "job_postings_board_posted_idx" ON "job_postings" USING btree ("posted_at" DESC NULLS LAST) INCLUDE ("id", "onet_code", "pay_min", "pay_max", "pay_unit", "shift", "employment_type", "application_deadline", "reserved_indefinitely", "reserved_until", "reserved_for_office_id", "reserved_for_area_id", "owner_staff_id", "lat", "lon") WHERE "job_postings"."status" = 'open' and "job_postings"."removed_from_board_at" is null;
