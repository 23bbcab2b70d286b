import { z } from 'zod';
import { nodeIdSchema, num } from './kinds/common';

/** Canvas coordinates beyond ±10 million px are unreachable by panning: a damaged file. */
export const MAX_COORDINATE = 10_000_000;

/** One node's place on the canvas, relative to its parent. */
export const nodeLayoutSchema = z.strictObject({
  x: num(-MAX_COORDINATE, MAX_COORDINATE),
  y: num(-MAX_COORDINATE, MAX_COORDINATE),
  width: num(1, 1_000_000).optional(),
  height: num(1, 1_000_000).optional(),
});

/** Node id -> layout. */
export const layoutSchema = z.record(nodeIdSchema, nodeLayoutSchema);
