import type { Design } from '../model';
import { serializeProject } from '../schema/project';

/** The project file itself (`*.virtlab.json`), in the latest format. */
export const toJson = (design: Design): string => `${serializeProject(design)}\n`;
