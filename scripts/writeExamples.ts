// Writes examples/<id>.virtlab.json from the template builders (npm run examples).
// tests/shared/templates/examples.test.ts fails when the files and the builders disagree.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleFiles } from '../shared/templates/examples';

const dir = join(import.meta.dirname, '..', 'examples');
mkdirSync(dir, { recursive: true });
const files = exampleFiles();
for (const { file, text } of files) writeFileSync(join(dir, file), text);
const stale = readdirSync(dir).filter((f) => f.endsWith('.virtlab.json') && !files.some((x) => x.file === f));
for (const f of stale) rmSync(join(dir, f));
console.log(`examples/: wrote ${files.length} project files${stale.length ? `, removed ${stale.join(', ')}` : ''}.`);
