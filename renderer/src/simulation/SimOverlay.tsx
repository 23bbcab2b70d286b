import { useReactFlow, useStore, ViewportPortal } from '@xyflow/react';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { Design, NodeId } from '../../../shared/model';
import { useDesign } from '../store/designStore';
import { freeSlot, landingHypervisor } from './applyResult';
import { clock, mib } from './format';
import { hostOf } from './migrationForm';
import { pathOf, pointAt, tokenRadius, transferCurve, type Rect } from './overlayGeometry';
import { useSim } from './simStore';
import type { Frame, MigrationFrame } from './timeline';
import { useActiveTimeline, useFrame } from './useFrame';

type RectOf = (id: string) => Rect | null;

/** Reads node boxes (flow coordinates) from React Flow; re-renders when nodes move or resize. */
function useRects(): RectOf {
  useStore((s) => s.nodes);
  const lookup = useStore((s) => s.nodeLookup);
  return (id) => {
    const n = lookup.get(id);
    if (!n) return null;
    const { x, y } = n.internals.positionAbsolute;
    return { x, y, width: n.measured.width ?? n.width ?? 0, height: n.measured.height ?? n.height ?? 0 };
  };
}

interface Ghost { key: string; vm: NodeId; rect: Rect; from: Rect | null; kind: 'migration' | 'ha'; m?: MigrationFrame; label: string }

/** Where the copy of a VM is drawn on its new host: a free slot in the landing hypervisor, stacked if several. */
function ghostRects(design: Design, rectOf: RectOf, items: { vm: NodeId; to: NodeId }[]): (Rect | null)[] {
  const used = new Map<string, number>();
  return items.map(({ vm, to }) => {
    const vmRect = rectOf(vm);
    const w = vmRect?.width || 170;
    const h = vmRect?.height || 52;
    const hv = landingHypervisor(design, vm, to, null);
    const hvRect = hv ? rectOf(hv.id) : null;
    const hostRect = rectOf(to);
    const base = hvRect ?? hostRect;
    if (!base) return null;
    const slot = hv && hvRect ? freeSlot(design, hv.id, vm) : { x: 16, y: 40 };
    const k = hv?.id ?? to;
    const n = used.get(k) ?? 0;
    used.set(k, n + 1);
    return { x: base.x + slot.x, y: base.y + slot.y + n * (h + 8), width: w, height: h };
  });
}

/**
 * The simulation drawn over the canvas, in flow coordinates (it pans and zooms with the diagram):
 * each migration's copy travelling from source to destination round by round, the guest paused at
 * switchover, the copy taking over at the end; failed hosts in red; VMs restarted by HA on their
 * new host. It only draws: the design is untouched until the user applies a result.
 */
export function SimOverlay() {
  const frame = useFrame();
  const tl = useActiveTimeline();
  const design = useDesign((s) => s.snapshot?.design);
  const rectOf = useRects();
  const flow = useReactFlow();
  // The canvas shows the run of the tab in front (a scenario replay is not drawn over the lab's form).
  const visible = useSim((s) => s.playing !== null && s.playing === (s.tab === 'consolidation' ? null : s.tab));
  const dock = useSim((s) => s.dock);
  // A new run to play: frame the hosts it involves (sources, destinations, failed hosts).
  useEffect(() => {
    if (!tl || !visible) return;
    const ids = new Set<string>();
    for (const m of tl.tracks) ids.add(m.from).add(m.to);
    for (const e of tl.log) {
      if (e.type === 'host-failed' || e.type === 'host-power') ids.add(e.host);
      if (e.type === 'ha-restart') ids.add(e.to);
    }
    const nodes = [...ids].filter((id) => flow.getNode(id)).map((id) => ({ id }));
    // After a dock change the canvas has a new size: wait a frame for React Flow to measure it.
    const raf = requestAnimationFrame(() => { if (nodes.length) void flow.fitView({ nodes, padding: 0.2, duration: 300, maxZoom: 1.2 }); });
    return () => cancelAnimationFrame(raf);
  }, [tl, flow, dock, visible]);
  if (!frame || !tl || !design || !visible) return null;
  return (
    <>
      <ViewportPortal>
        <OverlayBody frame={frame} design={design} rectOf={rectOf} />
      </ViewportPortal>
      <Hud frame={frame} design={design} />
    </>
  );
}

function OverlayBody({ frame, design, rectOf }: { frame: Frame; design: Design; rectOf: RectOf }) {
  const t = design.topology;
  const name = (id: string) => t.nodes.get(id as NodeId)?.name ?? id;
  const active = frame.migrations.filter((m) => m.status !== 'queued');
  const migratingVms = new Set(frame.migrations.map((m) => m.vm));
  // VMs the run placed elsewhere without a migration of theirs in view: HA restarts.
  const haMoves = Object.entries(frame.state.vms)
    .filter(([id, v]) => v.host && !migratingVms.has(id as NodeId) && t.nodes.has(id as NodeId) && hostOf(t, id as NodeId) !== v.host)
    .map(([id, v]) => ({ vm: id as NodeId, to: v.host! }));
  const ghostAt = ghostRects(design, rectOf, [...active.map((m) => ({ vm: m.vm, to: m.to })), ...haMoves]);
  const ghosts: Ghost[] = [];
  active.forEach((m, i) => {
    const r = ghostAt[i];
    if (r) ghosts.push({ key: m.id, vm: m.vm, rect: r, from: rectOf(m.vm), kind: 'migration', m, label: name(m.vm) });
  });
  haMoves.forEach((h, i) => {
    const r = ghostAt[active.length + i];
    if (r) ghosts.push({ key: `ha-${h.vm}`, vm: h.vm, rect: r, from: rectOf(h.vm), kind: 'ha', label: name(h.vm) });
  });

  const hosts = Object.entries(frame.state.hosts).filter(([id, h]) => h.failed || (!h.on && t.nodes.get(id as NodeId)?.kind === 'host' && (t.nodes.get(id as NodeId) as { powerState?: string }).powerState === 'on'));
  const vmBadges = Object.entries(frame.state.vms).filter(([id, v]) => t.nodes.has(id as NodeId) && !migratingVms.has(id as NodeId) && (v.lost || v.state !== 'running' || (!!v.host && hostOf(t, id as NodeId) !== v.host)));

  return (
    <div className="vl-sim-overlay" aria-hidden="true" data-testid="sim-overlay">
      {hosts.map(([id, h]) => {
        const r = rectOf(id);
        if (!r) return null;
        return (
          <div key={`host-${id}`} className={`vl-sim-host ${h.failed ? 'is-failed' : 'is-off'}`} style={box(r)} data-testid={h.failed ? `failed-${id}` : `off-${id}`}>
            <span className="vl-sim-host-tag">{h.failed ? '× Host failed' : 'Powered off'}</span>
          </div>
        );
      })}
      {vmBadges.map(([id, v]) => {
        const r = rectOf(id);
        if (!r) return null;
        const movedAway = !!v.host && hostOf(t, id as NodeId) !== v.host;
        return (
          <div key={`vm-${id}`} className={`vl-sim-vm-shade${v.lost ? ' is-lost' : movedAway ? ' is-moved' : ''}`} style={box(r)}>
            <span className="vl-sim-vm-tag">{v.lost ? '× lost' : movedAway ? `moved → ${name(v.host!)}` : v.state}</span>
          </div>
        );
      })}
      <svg className="vl-sim-paths" width={1} height={1}>
        {ghosts.map((g) => {
          if (!g.from) return null;
          const curve = transferCurve(g.from, g.rect);
          const m = g.m;
          const done = g.kind === 'ha' || (m && m.status !== 'running');
          const tone = m?.status === 'lost' || m?.status === 'aborted' ? 'bad' : m?.paused ? 'paused' : done ? 'done' : 'live';
          const pos = m && m.status === 'running' ? pointAt(curve, m.rowFraction) : null;
          const r = m ? tokenRadius(m.rowMiB, m.memoryMiB) : 0;
          return (
            <g key={g.key} className={`vl-sim-flow is-${tone}`}>
              <path d={pathOf(curve)} className="vl-sim-path" />
              {pos && (
                <g className="vl-sim-token" data-testid="sim-token">
                  <circle cx={pos.x} cy={pos.y} r={r} />
                  <text x={pos.x} y={pos.y - r - 6} textAnchor="middle">{m!.label} · {mib(m!.rowMiB)}</text>
                </g>
              )}
            </g>
          );
        })}
      </svg>
      {ghosts.map((g) => {
        const m = g.m;
        const state = g.kind === 'ha' ? 'is-ha' : m!.status === 'completed' ? 'is-done' : m!.status === 'running' ? (m!.onDestination ? 'is-post' : 'is-copying') : 'is-bad';
        return (
          <div key={`ghost-${g.key}`} className={`vl-sim-ghost ${state}`} style={box(g.rect)} data-testid={`ghost-${g.vm}`}>
            <span className="vl-sim-ghost-name">{g.label}</span>
            <span className="vl-sim-ghost-sub">
              {g.kind === 'ha' ? 'restarted here by HA'
                : m!.status === 'completed' ? 'runs here now'
                : m!.status === 'running' ? (m!.onDestination ? `runs here · pulling memory ${Math.round(m!.copied * 100)} %` : `copy ${Math.round(m!.copied * 100)} % current`)
                : m!.status === 'lost' ? 'lost in post-copy' : 'aborted'}
            </span>
            {m && m.status === 'running' && <span className="vl-sim-ghost-bar"><span style={{ width: `${Math.round(m.copied * 100)}%` }} /></span>}
          </div>
        );
      })}
      {active.map((m) => {
        const r = rectOf(m.vm);
        if (!r) return null;
        const cls = m.status === 'completed' ? 'is-moved' : m.status === 'lost' ? 'is-lost' : m.paused ? 'is-paused' : m.onDestination ? 'is-moved' : 'is-source';
        const tag = m.status === 'completed' ? `moved → ${name(m.to)}` : m.status === 'lost' ? '× lost' : m.status === 'aborted' ? 'migration aborted: stays here' : m.paused ? 'paused (downtime)' : m.onDestination ? 'memory still here' : 'sending';
        return (
          <div key={`src-${m.id}`} className={`vl-sim-vm-shade ${cls}`} style={box(r)} data-testid={`source-${m.vm}`}>
            <span className="vl-sim-vm-tag">{tag}</span>
          </div>
        );
      })}
    </div>
  );
}

const box = (r: Rect) => ({ transform: `translate(${r.x}px, ${r.y}px)`, width: r.width, height: r.height });

/** A heads-up card in the canvas corner: what is being played and where the playhead is. */
function Hud({ frame, design }: { frame: Frame; design: Design }) {
  const dom = useStore((s) => s.domNode);
  const which = useSim((s) => s.playing);
  const title = useSim((s) => (s.playing === 'scenario' ? `Scenario: ${s.scenario.name ?? ''}` : 'Migration lab'));
  if (!dom || !which) return null;
  const name = (id: string) => design.topology.nodes.get(id as NodeId)?.name ?? id;
  const failed = Object.entries(frame.state.hosts).filter(([, h]) => h.failed).map(([id]) => name(id));
  const running = frame.migrations.filter((m) => m.status === 'running');
  return createPortal(
    <div className="vl-sim-hud" data-testid="sim-hud">
      <div className="vl-sim-hud-head"><strong>{title}</strong><span>t = {clock(frame.t)}</span></div>
      {running.map((m) => (
        <div key={m.id} className="vl-sim-hud-line">
          {name(m.vm)} → {name(m.to)}: <strong data-testid="hud-round">{m.label}</strong>{m.rowMiB > 0 ? ` · ${mib(m.rowMiB)}` : ''}{m.paused ? ' · paused' : ''}
        </div>
      ))}
      {running.length === 0 && frame.migrations.some((m) => m.status === 'completed') && <div className="vl-sim-hud-line">Migration complete.</div>}
      {failed.length > 0 && <div className="vl-sim-hud-line is-bad">Failed: {failed.join(', ')}</div>}
    </div>,
    dom,
  );
}
