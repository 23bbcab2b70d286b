import type { Element } from '../model';
import { kindLabel } from '../engine/queries/nesting';
import { describeElement } from './describe';

/** "physical host · 64 threads · 256 GiB"; the kind is left out when the summary already says it. */
export function kindAndSummary(el: Element): string {
  const kind = kindLabel(el.kind);
  const summary = describeElement(el);
  return summary.toLowerCase().startsWith(kind.toLowerCase()) ? summary : `${kind} · ${summary}`;
}
