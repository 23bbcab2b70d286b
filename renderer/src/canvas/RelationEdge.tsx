import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { RELATION_ENDS } from '../../../shared/model';
import type { RelationFlowEdge } from './toFlow';

/** A typed relation; its style comes from the relation kind (see the legend). */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const [path, lx, ly] = getBezierPath(props);
  const relation = props.data?.relation;
  const label = relation?.relation === 'uplinksTo' && relation.props.vlans.length
    ? `trunk ${relation.props.vlans.join(',')}`
    : relation?.relation === 'attachedTo' && relation.props.ip
      ? relation.props.ip
      : relation?.relation === 'backedBy'
        ? `${relation.props.sizeGiB} GiB ${relation.props.provisioning}`
        : '';
  return (
    <>
      <BaseEdge id={props.id} path={path} className={`vl-edge vl-edge-${relation?.relation ?? 'unknown'}`} />
      {label && (
        <EdgeLabelRenderer>
          <div className="vl-edge-label nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${lx}px,${ly}px)` }} title={relation ? RELATION_ENDS[relation.relation].label : ''}>
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
