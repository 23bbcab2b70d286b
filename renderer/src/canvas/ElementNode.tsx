import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { KindIcon } from '../icons/KindIcon';
import { describe } from './describe';
import type { ElementFlowNode } from './toFlow';

/** One element on the canvas: a card for leaves, a titled box for containers. */
export const ElementNode = memo(function ElementNode({ data, selected }: NodeProps<ElementFlowNode>) {
  const { element: el, container, errors, warnings } = data;
  return (
    <div
      className={`vl-node vl-kind-${el.kind}${container ? ' vl-container' : ''}${selected ? ' is-selected' : ''}`}
      data-testid={`node-${el.id}`}
      data-kind={el.kind}
      aria-label={`${el.name} (${el.kind})`}
    >
      <Handle type="target" position={Position.Left} className="vl-handle" />
      <div className="vl-node-head">
        <span className="vl-node-icon"><KindIcon kind={el.kind} /></span>
        <span className="vl-node-text">
          <span className="vl-node-name">{el.name}</span>
          <span className="vl-node-sub">{describe(el)}</span>
        </span>
        {errors > 0 && <span className="vl-badge vl-badge-error" title={`${errors} error(s)`}>{errors}</span>}
        {warnings > 0 && <span className="vl-badge vl-badge-warning" title={`${warnings} warning(s)`}>{warnings}</span>}
      </div>
      <Handle type="source" position={Position.Right} className="vl-handle" />
    </div>
  );
});
