import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, outboundEmails, resumeFiles } from '../../db/schema';
import { createMailer } from '../../platform/mail/mailer';
import { deliverQueuedEmails } from '../../platform/mail/outbox';
import { TestClient, startTestApp, type TestApp } from '../../test/harness';
import { corpusFile, corpusTruth } from './resume-test-files';

const PDF = 'application/pdf';

async function registeredSeeker(t: TestApp, email: string) {
  const client = new TestClient(t.app);
  const res = await client.post('/api/v1/portal/registration', {
    firstName: 'Marisol',
    lastName: 'Vega',
    birthDate: '1988-02-11',
    email,
    password: 'marisol-long-password',
  });
  client.cookie = String(res.headers['set-cookie']).split(';')[0] ?? null;
  client.csrfToken = res.body.csrfToken;
  return { client, seekerId: res.body.seeker.id as string };
}

function upload(client: TestClient, url: string, bytes: Uint8Array, name: string, type = PDF) {
  return client.request('POST', url, Buffer.from(bytes), {
    'content-type': type,
    'x-file-name': encodeURIComponent(name),
  });
}

describe('uploading, downloading and emailing a resume', () => {
  let t: TestApp;
  let mailDir: string;
  beforeAll(async () => {
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onestop-mail-'));
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });

  it('SEEK-8: a seeker uploads a PDF, gets a parsed draft to check, and the saved resume changes only when they confirm it', async () => {
    const { client, seekerId } = await registeredSeeker(t, 'marisol@example.com');
    const before = (await client.get('/api/v1/portal/resume')).body;

    const res = await upload(
      client,
      '/api/v1/portal/resume/upload',
      corpusFile('files/01-warehouse-associate.pdf'),
      'Mi currículum.pdf',
    );
    expect(res.status).toBe(200);
    const truth = corpusTruth('01-warehouse-associate');
    expect(res.body.upload).toMatchObject({ fileType: 'pdf', fileName: 'Mi currículum.pdf' });
    expect(res.body.draft.work.map((w: { title: string }) => w.title)).toEqual(
      truth.work.map((w) => w.title),
    );
    expect(res.body.draft.contact.lastName).toBe(truth.contact.lastName);

    // Nothing replaced yet: the draft is only a proposal.
    expect((await client.get('/api/v1/portal/resume')).body).toEqual(before);
    const [stored] = await t.database.db
      .select()
      .from(resumeFiles)
      .where(eq(resumeFiles.seekerId, seekerId));
    expect(stored?.sizeBytes).toBe(corpusFile('files/01-warehouse-associate.pdf').length);

    const confirmed = await client.put('/api/v1/portal/resume', {
      resume: res.body.draft,
      searchable: false,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.resume.work).toHaveLength(truth.work.length);

    const uploads = (await client.get('/api/v1/portal/resume/uploads')).body.items;
    expect(uploads).toHaveLength(1);
    const original = await client.get(`/api/v1/portal/resume/uploads/${uploads[0].id}`);
    expect(original.status).toBe(200);
    expect(original.headers['content-type']).toBe(PDF);
    expect(String(original.headers['content-disposition'])).toMatch(/^attachment;/);
  });

  it('SEEK-8: a damaged file is refused with a message the seeker can act on, and the existing resume and files stay as they were', async () => {
    const { client, seekerId } = await registeredSeeker(t, 'damaged@example.com');
    const saved = await upload(
      client,
      '/api/v1/portal/resume/upload',
      corpusFile('files/06-welder.docx'),
      'welder.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(saved.status).toBe(200);
    await client.put('/api/v1/portal/resume', { resume: saved.body.draft, searchable: true });
    const resumeBefore = (await client.get('/api/v1/portal/resume')).body;

    const broken = await upload(
      client,
      '/api/v1/portal/resume/upload',
      corpusFile('broken/truncated.pdf'),
      'cut-short.pdf',
    );
    expect(broken.status).toBe(422);
    expect(broken.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SEEK-8' });
    expect(broken.body.error.message).toMatch(/could not read this file/i);

    const notAResume = await upload(
      client,
      '/api/v1/portal/resume/upload',
      new TextEncoder().encode('#!/bin/sh\nrm -rf /\n'),
      'resume.pdf',
    );
    expect(notAResume.status).toBe(422);
    expect(notAResume.body.error.message).toMatch(/not a PDF or Word/);

    const tooLarge = await upload(
      client,
      '/api/v1/portal/resume/upload',
      new Uint8Array(6 * 1024 * 1024),
      'huge.pdf',
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.message).toMatch(/larger than 5 MB/);

    const empty = await upload(client, '/api/v1/portal/resume/upload', new Uint8Array(), 'x.pdf');
    expect(empty.status).toBe(400);

    expect((await client.get('/api/v1/portal/resume')).body).toEqual(resumeBefore);
    const files = await t.database.db
      .select({ id: resumeFiles.id })
      .from(resumeFiles)
      .where(eq(resumeFiles.seekerId, seekerId));
    expect(files).toHaveLength(1);
  });

  it('SEEK-10: a seeker downloads the resume as PDF and Word, named after them', async () => {
    const { client } = await registeredSeeker(t, 'download@example.com');
    const pdf = await client.get('/api/v1/portal/resume/download?format=pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe(PDF);
    expect(String(pdf.headers['content-disposition'])).toContain('Marisol-Vega-resume.pdf');
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true);

    const docx = await client.get('/api/v1/portal/resume/download?format=docx');
    expect(docx.status).toBe(200);
    expect(String(docx.headers['content-disposition'])).toContain('Marisol-Vega-resume.docx');
    expect(String(docx.body).startsWith('PK')).toBe(true);

    const wrong = await client.get('/api/v1/portal/resume/download?format=exe');
    expect(wrong.status).toBe(400);
  });

  it('SEEK-10: emailing the resume queues one message with the attachment in the same transaction as its audit row; the mail job delivers it', async () => {
    const { client, seekerId } = await registeredSeeker(t, 'mailme@example.com');
    const unsaved = await client.post('/api/v1/portal/resume/email', { format: 'pdf' });
    expect(unsaved.status).toBe(422);
    expect(unsaved.body.error.message).toMatch(/Save your resume first/);

    const fresh = (await client.get('/api/v1/portal/resume')).body;
    await client.put('/api/v1/portal/resume', { resume: fresh.resume, searchable: false });
    const res = await client.post('/api/v1/portal/resume/email', { format: 'docx' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ sentTo: 'mailme@example.com' });

    const queued = await t.database.db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.seekerId, seekerId));
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      status: 'queued',
      toAddress: 'mailme@example.com',
      attachmentName: 'Marisol-Vega-resume.docx',
    });
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'resume.emailed'));
    expect(audited.map((a) => a.entityId)).toContain(seekerId);

    const mailer = createMailer({ kind: 'folder', dir: mailDir });
    const log = pino({ level: 'silent' });
    const result = await deliverQueuedEmails(
      t.database.db,
      mailer,
      'OneStop <no-reply@x.test>',
      log,
    );
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const files = fs.readdirSync(mailDir);
    const message = files.map((f) => fs.readFileSync(path.join(mailDir, f), 'utf8')).join('\n');
    expect(message).toContain('To: mailme@example.com');
    expect(message).toContain('Marisol-Vega-resume.docx');
    const [after] = await t.database.db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.seekerId, seekerId));
    expect(after?.status).toBe('sent');
    // Nothing left to send: a second run delivers nothing twice.
    expect((await deliverQueuedEmails(t.database.db, mailer, 'x@x.test', log)).sent).toBe(0);
  });

  it('a failing mail server is retried, then the message is marked failed', async () => {
    const { client, seekerId } = await registeredSeeker(t, 'bounce@example.com');
    const fresh = (await client.get('/api/v1/portal/resume')).body;
    await client.put('/api/v1/portal/resume', { resume: fresh.resume, searchable: false });
    await client.post('/api/v1/portal/resume/email', { format: 'pdf' });
    const failing = {
      send: async () => {
        throw new Error('connection refused');
      },
    };
    const log = pino({ level: 'silent' });
    for (let run = 0; run < 5; run += 1) {
      await deliverQueuedEmails(t.database.db, failing, 'x@x.test', log);
    }
    const [row] = await t.database.db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.seekerId, seekerId));
    expect(row).toMatchObject({ status: 'failed', attempts: 5, lastError: 'connection refused' });
  });

  it('SEEK-8, SEC-3: staff upload for a seeker and download the result; a role without the resume tab cannot, and an unknown seeker reads as not found', async () => {
    const { seekerId } = await registeredSeeker(t, 'staffhelp@example.com');
    const staff = await t.signIn('casemanager@demo.test');
    const res = await upload(
      staff,
      `/api/v1/seekers/${seekerId}/resume/upload`,
      corpusFile('files/01-warehouse-associate.pdf'),
      'paper-resume.pdf',
    );
    expect(res.status).toBe(200);
    expect(res.body.upload.uploadedByStaff).toBeTruthy();
    const list = (await staff.get(`/api/v1/seekers/${seekerId}/resume/uploads`)).body.items;
    expect(list).toHaveLength(1);
    const pdf = await staff.get(`/api/v1/seekers/${seekerId}/resume/download?format=pdf`);
    expect(pdf.status).toBe(200);

    const unknown = await staff.get(
      '/api/v1/seekers/00000000-0000-4000-8000-000000000000/resume/uploads',
    );
    expect(unknown.status).toBe(404);

    const admin = await t.signIn('admin@demo.test');
    const roles = (await admin.get('/api/v1/admin/roles')).body.items;
    const cm = roles.find((r: { key: string }) => r.key === 'case_manager');
    await admin.put(`/api/v1/admin/roles/${cm.id}`, { ...cm, withheldTabs: ['seekers.resume'] });
    for (const url of [
      `/api/v1/seekers/${seekerId}/resume/download?format=pdf`,
      `/api/v1/seekers/${seekerId}/resume/uploads`,
      `/api/v1/seekers/${seekerId}/resume/uploads/${list[0].id}`,
    ]) {
      const denied = await staff.get(url);
      expect(denied.status, url).toBe(403);
    }
    const deniedUpload = await upload(
      staff,
      `/api/v1/seekers/${seekerId}/resume/upload`,
      corpusFile('files/01-warehouse-associate.pdf'),
      'again.pdf',
    );
    expect(deniedUpload.status).toBe(403);
  });

  it('SEEK-11: the seeker home shows the resume status', async () => {
    const { client } = await registeredSeeker(t, 'home@example.com');
    const empty = (await client.get('/api/v1/portal/home')).body;
    expect(empty).toMatchObject({
      resume: { started: false, updatedAt: null, jobs: 0, uploads: 0 },
      email: 'home@example.com',
      emailIsPlaceholder: false,
      savedJobs: [],
      recentlyViewed: [],
    });
    const fresh = (await client.get('/api/v1/portal/resume')).body;
    await client.put('/api/v1/portal/resume', { resume: fresh.resume, searchable: true });
    const after = (await client.get('/api/v1/portal/home')).body;
    expect(after.resume).toMatchObject({ started: true, searchable: true });
    expect(after.resume.updatedAt).not.toBeNull();

    expect((await new TestClient(t.app).get('/api/v1/portal/home')).status).toBe(401);
  });
});
