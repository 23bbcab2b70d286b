import { useEffect, useRef } from 'react';
import { FORMAT_VERSION } from '../../../shared/schema/envelope';
import { useDesign } from '../store/designStore';
import { closeAbout, useAbout } from './aboutStore';

/** Help › About VirtLab: what the app is, which edition, which project file format it writes. */
export function AboutDialog() {
  const open = useAbout((s) => s.open);
  const platform = useDesign((s) => s.client?.platform);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (open) close.current?.focus(); }, [open]);
  if (!open) return null;
  return (
    <div className="vl-modal-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) closeAbout(); }} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); closeAbout(); } }}>
      <div className="vl-modal" role="dialog" aria-modal="true" aria-label="About VirtLab">
        <h2>About VirtLab</h2>
        <p>Build virtual infrastructure on a canvas — hosts, hypervisors, VMs, containers, switches, VLANs and storage — and see it validated and simulated live.</p>
        <p className="vl-muted">{platform === 'web' ? 'Web edition (the engine runs in a Web Worker)' : 'Desktop edition'} · project file format {FORMAT_VERSION}</p>
        <div className="vl-modal-actions"><button ref={close} type="button" className="vl-button vl-primary" onClick={closeAbout}>Close</button></div>
      </div>
    </div>
  );
}
