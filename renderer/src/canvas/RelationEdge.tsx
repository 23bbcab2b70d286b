import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { edgeLabel } from '../../../shared/diagram/edgeLabel';
import { RELATION_STYLES } from '../../../shared/diagram/relationStyles';
import { RELATION_ENDS } from '../../../shared/model';
import { useUi } from '../store/uiStore';
import type { RelationFlowEdge } from './toFlow';

/** A typed relation, drawn in its relation's style (the same table the exporters and the legend use). */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const theme = useUi((s) => s.theme);
  const [path, lx, ly] = getBezierPath(props);
  const relation = props.data?.relation;
  if (!relation) return null;
  const style = RELATION_STYLES[relation.relation];
  const label = edgeLabel(relation);
  const color = style.color[theme];
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        interactionWidth={16}
        className={`vl-edge vl-edge-${relation.relation}${props.selected ? ' is-selected' : ''}`}
        style={{ stroke: color, strokeWidth: style.width + (props.selected ? 1.5 : 0), strokeDasharray: style.dash || undefined }}
      />
      {(label || props.selected) && (
        <EdgeLabelRenderer>
          <div
            className={`vl-edge-label nodrag nopan${props.selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${lx}px,${ly}px)`, borderColor: color }}
            title={style.label}
            data-testid={`edge-label-${props.id}`}
          >
            {props.selected ? `${RELATION_ENDS[relation.relation].label}${label ? ` · ${label}` : ''}` : label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
