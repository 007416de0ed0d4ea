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
