import { serializeProject } from '../schema/project';
import { TEMPLATES } from './registry';

/** The example project files the templates produce: examples/<id>.virtlab.json. */
export function exampleFiles(): { file: string; text: string }[] {
  return TEMPLATES.map((t) => ({ file: `${t.id}.virtlab.json`, text: serializeProject(t.build()) }));
}
