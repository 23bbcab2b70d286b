/** Branded ids: a NodeId can never be passed where an EdgeId is expected, and vice versa. */
export type NodeId = string & { readonly __brand: 'NodeId' };
export type EdgeId = string & { readonly __brand: 'EdgeId' };

export const nodeId = (raw: string): NodeId => raw as NodeId;
export const edgeId = (raw: string): EdgeId => raw as EdgeId;
