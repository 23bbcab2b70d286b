import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { relationFor } from '../../../shared/engine/queries/connection';
import { kindLabel } from '../../../shared/engine/queries/nesting';
import type { NodeId } from '../../../shared/model';
import { KindIcon } from '../icons/KindIcon';
import { useDesign } from '../store/designStore';
import { canEndConnection, canStartConnection, incomingHint, outgoingHint } from './connectHints';
import { describeElement as describe } from '../../../shared/diagram/describe';
import { useDropHint } from './dropHint';
import type { ElementFlowNode } from './toFlow';

/**
 * Where a connection being dragged starts. A plain selector: every node subscribes, and every
 * frame of a pan or zoom runs them all (useConnection copies the connection state for each).
 */
const selectConnectFrom = (s: ReactFlowState): string | null => (s.connection.inProgress ? s.connection.fromNode.id : null);

/** While a connection is dragged: would the engine accept this node as its target? */
function useConnectTarget(id: string): 'ok' | 'bad' | null {
  const from = useStore(selectConnectFrom);
  if (!from || from === id) return null;
  const t = useDesign.getState().snapshot?.design.topology;
  return t && relationFor(t, from as NodeId, id as NodeId).ok ? 'ok' : 'bad';
}

/** One element on the canvas: a card for leaves, a titled box for containers. */
export const ElementNode = memo(function ElementNode({ data, selected }: NodeProps<ElementFlowNode>) {
  const { element: el, container, errors, warnings } = data;
  const connect = useConnectTarget(el.id);
  const drop = useDropHint((s) => (s.id === el.id ? (s.ok ? 'ok' : 'bad') : null));
  const classes = [
    'vl-node', `vl-kind-${el.kind}`,
    container ? 'vl-container' : '',
    selected ? 'is-selected' : '',
    connect ? `is-connect-${connect}` : '',
    drop ? `is-drop-${drop}` : '',
  ].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid={`node-${el.id}`} data-kind={el.kind} aria-label={`${el.name}, ${kindLabel(el.kind)}`}>
      {canEndConnection(el.kind) && <Handle type="target" position={Position.Left} className="vl-handle vl-handle-in" title={incomingHint(el.kind)} />}
      <div className="vl-node-head">
        <span className="vl-node-icon"><KindIcon kind={el.kind} /></span>
        <span className="vl-node-text">
          <span className="vl-node-name">{el.name}</span>
          <span className="vl-node-sub">{describe(el)}</span>
        </span>
        {errors > 0 && <span className="vl-badge vl-badge-error" title={`${errors} error${errors > 1 ? 's' : ''}: see Diagnostics`} data-testid="badge-error">{errors}</span>}
        {warnings > 0 && <span className="vl-badge vl-badge-warning" title={`${warnings} warning${warnings > 1 ? 's' : ''}: see Diagnostics`} data-testid="badge-warning">{warnings}</span>}
      </div>
      {canStartConnection(el.kind) && <Handle type="source" position={Position.Right} className="vl-handle vl-handle-out" title={outgoingHint(el.kind)} />}
    </div>
  );
});
