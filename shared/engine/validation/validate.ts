import type { Design } from '../../model';
import type { Finding } from '../rules/types';
import { LiveValidator } from './liveValidator';

/** Validates a whole design with every registered rule (the CLI's `virtlab validate`). */
export function validateDesign(design: Design): Finding[] {
  return new LiveValidator().full(design);
}
