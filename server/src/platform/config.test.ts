import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('runs the embedded demo with no settings at all', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.kind).toBe('pglite');
    expect(config.demo).toBe(true);
    expect(config.session.idleSeconds).toBe(1800);
  });

  it('never creates demo accounts against a real database unless asked to', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/onestop' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/onestop', ONESTOP_DEMO: '1' }).demo).toBe(
      true,
    );
  });

  it('SEC-5: the idle timeout is a setting, and the warning always comes before it', () => {
    const config = loadConfig({
      ONESTOP_SESSION_IDLE_SECONDS: '60',
      ONESTOP_SESSION_WARNING_SECONDS: '300',
    });
    expect(config.session).toEqual({ idleSeconds: 60, warningSeconds: 59 });
  });

  it('explains a bad setting by name', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ONESTOP_DEMO: 'maybe' })).toThrow(/ONESTOP_DEMO/);
  });
});

describe('the key that protects SSNs', () => {
  it('SEEK-3: comes from ONESTOP_SECRET_KEY, or from a file beside the embedded data; a real database requires it', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(loadConfig({ ONESTOP_SECRET_KEY: key }).secretKey).toEqual({
      kind: 'value',
      value: key,
    });
    expect(loadConfig({ ONESTOP_DATA_DIR: '/srv/onestop' }).secretKey).toEqual({
      kind: 'file',
      path: '/srv/onestop/secret.key',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/onestop' }).secretKey).toEqual({
      kind: 'missing',
    });
    expect(() => loadConfig({ ONESTOP_SECRET_KEY: 'short' })).toThrow(/ONESTOP_SECRET_KEY/);
  });

  it('SEEK-5: the pseudo-SSN prefix is a setting within the never-issued 900s', () => {
    expect(loadConfig({}).seekers.pseudoSsnPrefix).toBe('975');
    expect(loadConfig({ ONESTOP_PSEUDO_SSN_PREFIX: '981' }).seekers.pseudoSsnPrefix).toBe('981');
    expect(() => loadConfig({ ONESTOP_PSEUDO_SSN_PREFIX: '123' })).toThrow(
      /ONESTOP_PSEUDO_SSN_PREFIX/,
    );
  });
});
