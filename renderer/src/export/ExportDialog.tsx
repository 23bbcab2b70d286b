import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { serializeProject } from '../../../shared/schema/project';
import { baseName, useDocument } from '../files/documentStore';
import { fileStem } from '../files/fileActions';
import { downloadText } from '../files/webLibrary';
import { useDesign } from '../store/designStore';
import { useUi } from '../store/uiStore';
import { EXPORT_CHOICES, produceExport, toBase64, type ExportFile, type ExportId } from './exportFormats';
import { useExport } from './exportStore';
import { pngToPdf, rasterSource } from './rasterize';
import './export.css';

/** Lets the browser paint the progress line before a long synchronous step. */
const nextPaint = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** File › Export…: pick a format; web downloads the file, desktop asks where to save it. */
export function ExportDialog() {
  const { open, stage, hide, setStage } = useExport();
  const [format, setFormat] = useState<ExportId>('svg');
  const [error, setError] = useState<string | null>(null);
  const flow = useReactFlow();
  if (!open) return null;

  const run = async () => {
    const { snapshot, client, notify } = useDesign.getState();
    if (!snapshot || !client) return;
    setError(null);
    setStage('Preparing…');
    try {
      await nextPaint();
      const name = useDocument.getState().name;
      const title = name ? baseName(name).replace(/\.virtlab\.json$|\.json$/i, '') : 'VirtLab design';
      const viewport = document.querySelector<HTMLElement>('.vl-canvas .react-flow__viewport');
      const nodes = flow.getNodes();
      const file: ExportFile = await produceExport(format, fileStem(), {
        design: snapshot.design,
        projectText: serializeProject(snapshot.design),
        title,
        theme: useUi.getState().theme,
        raster: viewport && nodes.length
          ? rasterSource({ viewport, bounds: flow.getNodesBounds(nodes), background: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff' })
          : undefined,
        pdf: pngToPdf,
        onProgress: (s) => setStage(s),
      });
      await nextPaint();
      if (client.platform === 'desktop') {
        setStage('Saving…');
        const binary = typeof file.data !== 'string';
        const r = await client.call('exportWrite', {
          format: file.format,
          data: typeof file.data === 'string' ? file.data : toBase64(file.data),
          encoding: binary ? 'base64' : 'utf8',
          suggestedName: file.fileName,
        });
        if (!r.ok) throw new Error(r.error.message);
        if (!r.value) { setStage(null); return; }
        notify('info', `Exported ${baseName(r.value.path)}.`);
      } else {
        downloadText(file.fileName, file.data, file.mime);
        notify('info', `Exported ${file.fileName}.`);
      }
      setStage(null);
      hide();
    } catch (e) {
      setStage(null);
      setError(`Export failed: ${(e as Error).message}`);
    }
  };

  const busy = stage !== null;
  return (
    <div className="vl-modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') hide(); }}>
      <form className="vl-modal vl-export" role="dialog" aria-modal="true" aria-label="Export" onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <h2>Export</h2>
        <fieldset className="vl-export-formats" disabled={busy}>
          <legend className="vl-muted">Format</legend>
          {EXPORT_CHOICES.map((c, i) => (
            <label key={c.id} className="vl-export-format">
              <input type="radio" name="format" value={c.id} checked={format === c.id} onChange={() => setFormat(c.id)} autoFocus={i === 0} />
              <span>
                <strong>{c.label}</strong> <span className="vl-muted">.{c.extension}</span>
                <span className="vl-export-desc">{c.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {busy && (
          <div className="vl-export-progress" role="status" aria-live="polite">
            <progress aria-label="Export progress" />
            <span>{stage}</span>
          </div>
        )}
        {error && <p className="vl-export-error" role="alert">{error}</p>}
        <div className="vl-modal-actions">
          <button type="button" className="vl-button" onClick={hide} disabled={busy}>Cancel</button>
          <button type="submit" className="vl-button vl-primary" disabled={busy}>Export</button>
        </div>
      </form>
    </div>
  );
}
