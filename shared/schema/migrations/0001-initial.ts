import { ok } from '../../engine/result';
import type { Migration } from './types';

/**
 * The baseline: format 1 is the first format, so there is nothing before it to upgrade. Its
 * fixtures (tests/fixtures/formats/v1) pin what a format-1 file looks like, forever.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  description: 'Format 1: envelope {kind, formatVersion, app, topology, layout, scenarios}.',
  up: (doc) => ok(doc),
};
