import { describe, expect, it } from 'vitest';
import { readMigrations } from './migrate';

describe('migrations on disk', () => {
  it('are read in journal order, split into statements, and the first creates pg_trgm before any index needs it', () => {
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    expect(migrations.map((m) => m.tag)).toEqual([...migrations.map((m) => m.tag)].sort());
    expect(migrations[0]?.statements[0]).toMatch(/CREATE EXTENSION IF NOT EXISTS pg_trgm/);
    for (const m of migrations) expect(m.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
