import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { MailTransportConfig } from '../config';

export interface OutgoingMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  attachment: { fileName: string; contentType: string; bytes: Uint8Array } | null;
}

export interface Mailer {
  send(message: OutgoingMessage): Promise<void>;
}

function toNodemailer(message: OutgoingMessage): nodemailer.SendMailOptions {
  return {
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    attachments: message.attachment
      ? [
          {
            filename: message.attachment.fileName,
            contentType: message.attachment.contentType,
            content: Buffer.from(message.attachment.bytes),
          },
        ]
      : [],
  };
}

/**
 * SMTP in production. Without a server (the demo, tests) each message is written as an .eml file
 * that any mail program opens, so nothing is sent to real people by accident.
 */
export function createMailer(transport: MailTransportConfig): Mailer {
  if (transport.kind === 'smtp') {
    const smtp = nodemailer.createTransport(transport.url);
    return {
      async send(message) {
        await smtp.sendMail(toNodemailer(message));
      },
    };
  }
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    async send(message) {
      const info = await builder.sendMail(toNodemailer(message));
      await fs.mkdir(transport.dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomUUID()}.eml`;
      await fs.writeFile(path.join(transport.dir, name), info.message as Buffer);
    },
  };
}
