import { describeCascade } from '../../../shared/engine/commands/cascade';
import type { Design, EdgeId, NodeId } from '../../../shared/model';

export interface CascadeSummary {
  /** Elements removed beyond the ones asked for (nested in them). */
  extraNodes: number;
  /** Connections removed beyond the ones asked for (touching removed elements). */
  extraEdges: number;
  /** The engine's sentence: "Removing esx-01 also removes: ESXi, web-1 and 2 connections." */
  message: string;
}

/** What a removal takes with it, from the engine's own cascade description. */
export function cascadeSummary(design: Design, ids: readonly string[]): CascadeSummary {
  const c = describeCascade(design, ids as (NodeId | EdgeId)[]);
  return { extraNodes: c.alsoNodes.length, extraEdges: c.alsoEdges.length, message: c.text };
}
