import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SsnVault, loadSecret } from './ssn-vault';

describe('the SSN vault', () => {
  const vault = new SsnVault(crypto.randomBytes(32));

  it('SEEK-3: encrypts at rest: the stored form does not contain the digits and decrypts back', () => {
    const sealed = vault.encrypt('212456789');
    expect(sealed).not.toContain('212456789');
    expect(sealed).not.toContain('6789');
    expect(vault.encrypt('212456789')).not.toBe(sealed); // a fresh IV each time
    expect(vault.decrypt(sealed)).toBe('212456789');
  });

  it('SEEK-3: detects tampering with the stored ciphertext', () => {
    const [v, iv, tag, ct] = vault.encrypt('212456789').split(':');
    const flipped = Buffer.from(ct as string, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => vault.decrypt([v, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
  });

  it('SEEK-3: searches by keyed hash: equal SSNs match, and another key gives another hash', () => {
    expect(vault.hash('212456789')).toBe(vault.hash('212456789'));
    expect(vault.hash('212456789')).not.toBe(vault.hash('212456780'));
    expect(new SsnVault(crypto.randomBytes(32)).hash('212456789')).not.toBe(
      vault.hash('212456789'),
    );
  });

  it('keeps the embedded demo’s key in a file readable only by its owner, and reuses it', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onestop-key-')), 'secret.key');
    const first = loadSecret({ kind: 'file', path: file });
    expect(first.length).toBe(32);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(loadSecret({ kind: 'file', path: file }).equals(first)).toBe(true);
  });

  it('refuses to start against a real database without a configured key, saying what to do', () => {
    expect(() => loadSecret({ kind: 'missing' })).toThrow(/ONESTOP_SECRET_KEY/);
  });
});
