import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SecretKeySource } from '../config';

/**
 * SEEK-3: SSNs are stored only encrypted (AES-256-GCM) and found only by a keyed hash
 * (HMAC-SHA256), both with keys derived from one configured secret. Nothing here logs.
 */
export class SsnVault {
  readonly #encryptionKey: Buffer;
  readonly #hashKey: Buffer;

  constructor(secret: Buffer) {
    if (secret.length < 32) throw new Error('The secret key must be at least 32 bytes.');
    this.#encryptionKey = Buffer.from(
      crypto.hkdfSync('sha256', secret, '', 'onestop ssn encryption v1', 32),
    );
    this.#hashKey = Buffer.from(
      crypto.hkdfSync('sha256', secret, '', 'onestop ssn search hash v1', 32),
    );
  }

  encrypt(digits: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.#encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(digits, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), ciphertext]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64')))
      .join(':');
  }

  decrypt(sealed: string): string {
    const [version, iv, tag, ciphertext] = sealed.split(':');
    if (version !== 'v1' || !iv || !tag || !ciphertext)
      throw new Error('Unknown SSN ciphertext format.');
    const decipher = crypto.createDecipheriv(
      'aes-256-gcm',
      this.#encryptionKey,
      Buffer.from(iv, 'base64'),
    );
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  }

  /** The search key of an SSN: equal digits give equal hashes; the hash reveals nothing without the key. */
  hash(digits: string): string {
    return crypto.createHmac('sha256', this.#hashKey).update(digits).digest('hex');
  }
}

/** Reads the configured secret, or the demo's key file (created on first start, readable by the owner only). */
export function loadSecret(source: SecretKeySource): Buffer {
  if (source.kind === 'value') return Buffer.from(source.value, 'base64');
  if (source.kind === 'missing') {
    throw new Error(
      'ONESTOP_SECRET_KEY is not set. OneStop encrypts SSNs with it: set it to 32 random bytes in base64 (for example the output of `openssl rand -base64 32`) and keep it safe; data encrypted with it cannot be read without it.',
    );
  }
  if (!fs.existsSync(source.path)) {
    fs.mkdirSync(path.dirname(source.path), { recursive: true });
    fs.writeFileSync(source.path, crypto.randomBytes(32).toString('base64'), {
      mode: 0o600,
      flag: 'wx',
    });
  }
  return Buffer.from(fs.readFileSync(source.path, 'utf8').trim(), 'base64');
}
