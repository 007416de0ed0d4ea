CREATE INDEX "seekers_email_lower_idx" ON "seekers" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "seekers_birth_date_idx" ON "seekers" USING btree ("birth_date");