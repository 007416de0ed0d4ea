import { sql } from 'drizzle-orm';
import {
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { staff } from './security';
import { seekers } from './seekers';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Raw bytes. PGlite and node-postgres both hand back a Uint8Array/Buffer for bytea. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

export const resumeFileTypeEnum = pgEnum('resume_file_type', ['pdf', 'docx']);

/**
 * SEEK-8: an uploaded resume, kept with the seeker as it arrived. It is only ever read as data
 * (parsed, or handed back for download); nothing here is executed or served inline.
 */
export const resumeFiles = pgTable(
  'resume_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    fileType: resumeFileTypeEnum('file_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByStaffId: uuid('uploaded_by_staff_id').references(() => staff.id),
    uploadedAt: ts('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('resume_files_seeker_idx').on(t.seekerId, t.uploadedAt)],
);

export const emailStatusEnum = pgEnum('email_status', ['queued', 'sent', 'failed']);

/**
 * Outgoing mail, written in the same transaction as the action that sends it and delivered by a
 * job: a crash between the two loses nothing, and a failed delivery is retried.
 */
export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    attachmentName: text('attachment_name'),
    attachmentType: text('attachment_type'),
    attachment: bytea('attachment'),
    seekerId: uuid('seeker_id').references(() => seekers.id, { onDelete: 'cascade' }),
    status: emailStatusEnum('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
  },
  (t) => [
    index('outbound_emails_queued_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'queued'`),
  ],
);
