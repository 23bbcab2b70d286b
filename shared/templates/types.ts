import type { Design } from '../model';

/** A ready-made design for File › New from template; built by code, so it always loads and validates. */
export interface Template {
  /** Stable, kebab-case; also the example file name (examples/<id>.virtlab.json). */
  id: string;
  title: string;
  /** One or two sentences: what the design shows and which concepts to look at. */
  description: string;
  build(): Design;
}

/** What a template picker shows. */
export type TemplateSummary = Pick<Template, 'id' | 'title' | 'description'>;
