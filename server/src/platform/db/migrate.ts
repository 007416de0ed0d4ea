import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from './database';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../db/migrations', import.meta.url));

interface Migration {
  tag: string;
  hash: string;
  statements: string[];
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta/_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => {
      const text = fs.readFileSync(path.join(dir, `${tag}.sql`), 'utf8');
      return {
        tag,
        hash: crypto.createHash('sha256').update(text).digest('hex'),
        statements: text
          .split('--> statement-breakpoint')
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      };
    });
}

/**
 * Applies drizzle-kit's reviewed SQL migrations, each in its own transaction, the same way on
 * PGlite and PostgreSQL. An advisory lock keeps two starting processes from migrating at once;
 * a migration whose file changed after it was applied stops the start-up.
 */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(727274)`);
    await tx.execute(sql`CREATE TABLE IF NOT EXISTS onestop_migrations (
      tag text PRIMARY KEY, hash text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  });
  const applied: string[] = [];
  for (const migration of readMigrations(dir)) {
    const done = await database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(727274)`);
      const existing = await tx.execute(
        sql`SELECT hash FROM onestop_migrations WHERE tag = ${migration.tag}`,
      );
      const row = rowsOf<{ hash: string }>(existing)[0];
      if (row) {
        if (row.hash !== migration.hash) {
          throw new Error(
            `Migration ${migration.tag} was changed after it was applied. Add a new migration instead.`,
          );
        }
        return false;
      }
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`INSERT INTO onestop_migrations (tag, hash) VALUES (${migration.tag}, ${migration.hash})`,
      );
      return true;
    });
    if (done) applied.push(migration.tag);
  }
  return applied;
}
