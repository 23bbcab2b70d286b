import { Panel } from '@xyflow/react';
import { RELATION_ORDER, RELATION_STYLES } from '../../../shared/diagram/relationStyles';
import { useUi } from '../store/uiStore';
import './legend.css';

/** What each edge style means (the same table the exporters draw with), plus nesting. */
export function Legend() {
  const show = useUi((s) => s.legend);
  const theme = useUi((s) => s.theme);
  if (!show) return null;
  return (
    <Panel position="bottom-left" className="vl-legend" aria-label="Legend">
      <header>
        <strong>Legend</strong>
        <button type="button" className="vl-icon-button" aria-label="Hide legend" title="Hide legend" onClick={() => useUi.getState().toggleLegend()}>×</button>
      </header>
      <ul>
        {RELATION_ORDER.map((r) => {
          const s = RELATION_STYLES[r];
          return (
            <li key={r} data-relation={r}>
              <svg width="36" height="10" aria-hidden="true">
                <line x1="1" y1="5" x2="35" y2="5" stroke={s.color[theme]} strokeWidth={s.width} strokeDasharray={s.dash || undefined} />
              </svg>
              <span>{s.label}</span>
            </li>
          );
        })}
        <li>
          <svg width="36" height="14" aria-hidden="true"><rect x="1" y="1" width="34" height="12" rx="3" fill="none" stroke="currentColor" strokeOpacity=".5" /><rect x="8" y="5" width="14" height="6" rx="2" fill="currentColor" fillOpacity=".35" /></svg>
          <span>Drawn inside = runs on (nesting)</span>
        </li>
      </ul>
    </Panel>
  );
}
