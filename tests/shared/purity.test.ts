import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED = join(__dirname, '../../shared');
const FORBIDDEN = /^(electron|react|react-dom|zustand|@xyflow\/|node:|fs$|path$|os$|child_process$|crypto$|worker_threads$)/;

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* tsFiles(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

describe('shared/ purity (third lock)', () => {
  it('imports nothing but shared/ files, zod and pure libraries', () => {
    const offences: string[] = [];
    for (const file of tsFiles(SHARED)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const spec = m[1] ?? m[2]!;
        const escapes = spec.startsWith('.') && relative(SHARED, join(file, '..', spec)).startsWith('..');
        if (FORBIDDEN.test(spec) || escapes) offences.push(`${relative(SHARED, file)} imports ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('catches an offending import (the scanner itself works)', () => {
    expect(FORBIDDEN.test('node:fs')).toBe(true);
    expect(FORBIDDEN.test('zod')).toBe(false);
  });
});
