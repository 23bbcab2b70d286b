import { z } from 'zod';
import { elementBase, int } from './common';

/** A VDI desktop pool. */
export const desktopPoolSchema = z.strictObject({
  ...elementBase('desktopPool'),
  protocol: z.enum(['rdp', 'vnc', 'ica', 'pcoip', 'blast']),
  clients: int(0, 1_000_000),
});
