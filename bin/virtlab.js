#!/usr/bin/env node
// The `virtlab` command. Runs the TypeScript CLI through tsx, so it works straight from a clone.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
