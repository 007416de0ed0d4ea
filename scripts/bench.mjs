// `npm run bench -- <name>` runs server/bench/<name>.ts. Issues that name a speed or memory figure
// add their benchmark there; each prints JSON lines.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const name = process.argv[2];
const dir = path.resolve('server/bench');
const available = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
  : [];
if (!name || !available.includes(name)) {
  console.error(
    `Usage: npm run bench -- <name>. Available: ${available.join(', ') || '(none yet)'}`,
  );
  process.exit(name ? 1 : 0);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(dir, `${name}.ts`), ...process.argv.slice(3)],
  {
    stdio: 'inherit',
    cwd: path.resolve('server'),
  },
);
process.exit(result.status ?? 1);
