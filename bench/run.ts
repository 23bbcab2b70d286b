// Runs every bench/*.bench.ts in turn (one process each, so memory figures do not mix).
// Usage: npm run bench [-- name-filter]
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const dir = import.meta.dirname;
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(dir, f)], { stdio: 'inherit' });
}
