ALTER TABLE "seeker_profiles" ADD COLUMN "alien_registration_ciphertext" text;--> statement-breakpoint
ALTER TABLE "seeker_profiles" ADD COLUMN "alien_registration_last4" text;--> statement-breakpoint
-- SEEK-6: A-numbers saved before this migration stay in alien_registration_number (plain text)
-- until the server seals them (sealPlaintextAlienNumbers at start-up, or the profile's next save):
-- SQL has no access to the key. Their last four digits can be filled in now.
UPDATE "seeker_profiles" SET "alien_registration_last4" = right("alien_registration_number", 4) WHERE "alien_registration_number" IS NOT NULL;
