import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type EdgeProps, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { edgeLabel } from '../../../shared/diagram/edgeLabel';
import { RELATION_STYLES } from '../../../shared/diagram/relationStyles';
import { RELATION_ENDS } from '../../../shared/model';
import { useUi } from '../store/uiStore';
import { arrowHead } from './arrowHead';
import { floatingEnds, type Box } from './floatingEdge';
import type { ElementFlowNode, RelationFlowEdge } from './toFlow';
import { gripPoints, startReconnectDrag } from './useReconnect';

const boxOf = (n: InternalNode<ElementFlowNode> | undefined): Box | null => (n
  ? { ...n.internals.positionAbsolute, width: n.measured.width ?? n.width ?? 0, height: n.measured.height ?? n.height ?? 0 }
  : null);

/**
 * Chromium dashes a whole curve, off-screen parts included, on every raster tile it crosses: long
 * dashed edges cost thousands of dashes per frame (bench/canvas.ts: 2,000 elements ran at 2 fps
 * zoomed in). Past MAX_DASHES periods, `pathLength` stretches the pattern over the edge instead,
 * so an edge never has more than MAX_DASHES dashes; shorter edges keep their exact pattern.
 */
const MAX_DASHES = 24;
function dashedLength(dash: string, dx: number, dy: number): number | undefined {
  const period = dash.split(/[\s,]+/).reduce((sum, v) => sum + (Number(v) || 0), 0);
  const cap = period * MAX_DASHES;
  return period > 0 && Math.hypot(dx, dy) > cap ? cap : undefined;
}

type EndNodes = readonly [InternalNode<ElementFlowNode> | undefined, InternalNode<ElementFlowNode> | undefined];
const sameEnds = (a: EndNodes, b: EndNodes) => a[0] === b[0] && a[1] === b[1];

/** Both end nodes in one store subscription (each runs on every frame of a pan or zoom). */
function useEndNodes(source: string, target: string): EndNodes {
  return useStore(useCallback((s: ReactFlowState) => {
    const lookup = s.nodeLookup as ReactFlowState<ElementFlowNode>['nodeLookup'];
    return [lookup.get(source), lookup.get(target)] as const;
  }, [source, target]), sameEnds);
}

/** A typed relation, drawn in its relation's style (the same table the exporters and the legend use). */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const theme = useUi((s) => s.theme);
  const [sourceNode, targetNode] = useEndNodes(props.source, props.target);
  const source = boxOf(sourceNode);
  const target = boxOf(targetNode);
  const ends = source && target ? floatingEnds(source, target) : null;
  const [path, lx, ly] = getBezierPath(ends
    ? { sourceX: ends.sx, sourceY: ends.sy, sourcePosition: ends.sourcePosition, targetX: ends.tx, targetY: ends.ty, targetPosition: ends.targetPosition }
    : props);
  const relation = props.data?.relation;
  if (!relation) return null;
  const style = RELATION_STYLES[relation.relation];
  const label = edgeLabel(relation);
  const color = style.color[theme];
  const strokeWidth = style.width + (props.selected ? 1.5 : 0);
  const arrow = arrowHead(path, strokeWidth);
  const dashLength = style.dash ? dashedLength(style.dash, ends ? ends.tx - ends.sx : props.targetX - props.sourceX, ends ? ends.ty - ends.sy : props.targetY - props.sourceY) : undefined;
  // A selected connection shows grips at its visible ends: drag one to another element to reconnect.
  const grips = props.selected ? (ends ? gripPoints(ends.sx, ends.sy, ends.tx, ends.ty) : gripPoints(props.sourceX, props.sourceY, props.targetX, props.targetY)) : null;
  return (
    <>
      {/* One group, so the hover and selection glow (canvas.css) falls on line and arrow together, as on a marker. */}
      <g className="vl-edge-shape">
        <BaseEdge
          id={props.id}
          path={path}
          interactionWidth={16}
          className={`vl-edge vl-edge-${relation.relation}${props.selected ? ' is-selected' : ''}`}
          style={{ stroke: color, strokeWidth, strokeDasharray: style.dash || undefined }}
          pathLength={dashLength}
        />
        {arrow && (
          <path
            className="vl-edge-arrow"
            d={arrow.d}
            style={{ fill: color, stroke: color, strokeWidth: arrow.strokeWidth, pointerEvents: 'none' }}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        )}
      </g>
      {grips && (['source', 'target'] as const).map((end) => (
        <circle
          key={end}
          className="vl-edge-grip nodrag nopan"
          data-testid={`edge-grip-${end}`}
          cx={grips[end].x}
          cy={grips[end].y}
          r={5}
          fill="var(--panel)"
          stroke={color}
          strokeWidth={2}
          style={{ cursor: 'grab', pointerEvents: 'all' }}
          onMouseDown={(e) => startReconnectDrag(e, end)}
        ><title>Drag this end onto another element to reconnect</title></circle>
      ))}
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
