import type { Design } from '../model';
import { fail, ok, type Result } from '../engine/result';
import { appServerLoadBalancer } from './appServerLoadBalancer';
import { containersOnHost } from './containersOnHost';
import { storageVirtualization } from './storageVirtualization';
import { type2Desktop } from './type2Desktop';
import type { Template, TemplateSummary } from './types';
import { vdiPool } from './vdiPool';
import { vsphereCluster } from './vsphereCluster';
import { xenLab } from './xenLab';

/** Every template, in the order File › New from template lists them. */
export const TEMPLATES: readonly Template[] = [xenLab, vsphereCluster, type2Desktop, containersOnHost, storageVirtualization, vdiPool, appServerLoadBalancer];

/** The template with this id, or undefined. */
export const templateById = (id: string): Template | undefined => TEMPLATES.find((t) => t.id === id);

/** What a template picker shows: id, title and description of each. */
export const templateSummaries = (): TemplateSummary[] =>
  TEMPLATES.map(({ id, title, description }) => ({ id, title, description }));

/** Builds the template with this id, or says which ids exist. */
export function buildTemplate(id: string): Result<Design> {
  const t = templateById(id);
  return t ? ok(t.build()) : fail('unknown-template', `There is no template "${id}"; the templates are ${TEMPLATES.map((x) => x.id).join(', ')}.`);
}
