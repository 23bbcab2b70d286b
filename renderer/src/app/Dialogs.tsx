import { useEffect, useRef } from 'react';
import { ExportDialog } from '../export/ExportDialog';
import '../files/files.css';
import { SettingsDialog } from '../settings/SettingsDialog';
import { useDialogs } from './dialogStore';

/** Renders the pending prompt or choice as an accessible modal, and the Export and Project Settings dialogs. */
export function Dialogs() {
  return (
    <>
      <ExportDialog />
      <SettingsDialog />
      <PromptOrChoice />
    </>
  );
}

function PromptOrChoice() {
  const { prompt, choice } = useDialogs();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => { input.current?.select(); }, [prompt]);
  if (prompt) {
    return (
      <div className="vl-modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') prompt.resolve(null); }}>
        <form className="vl-modal" role="dialog" aria-modal="true" aria-label={prompt.title} onSubmit={(e) => { e.preventDefault(); prompt.resolve(input.current?.value.trim() || null); }}>
          <h2>{prompt.title}</h2>
          <label className="vl-field"><span>{prompt.label}</span><input ref={input} className="vl-input" defaultValue={prompt.value} autoFocus aria-label={prompt.label} /></label>
          <div className="vl-modal-actions">
            <button type="button" className="vl-button" onClick={() => prompt.resolve(null)}>Cancel</button>
            <button type="submit" className="vl-button vl-primary">{prompt.confirm}</button>
          </div>
        </form>
      </div>
    );
  }
  if (choice) {
    return (
      <div className="vl-modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') choice.resolve(null); }}>
        <div className="vl-modal" role="dialog" aria-modal="true" aria-label={choice.title}>
          <h2>{choice.title}</h2>
          <p>{choice.message}</p>
          <div className="vl-modal-list">
            {choice.choices.map((c, i) => (
              <button key={c.id} type="button" className="vl-button vl-choice" autoFocus={i === 0} onClick={() => choice.resolve(c.id)}>
                <span>{c.label}</span>
                {c.detail && <span className="vl-choice-detail">{c.detail}</span>}
              </button>
            ))}
          </div>
          <div className="vl-modal-actions"><button type="button" className="vl-button" onClick={() => choice.resolve(null)}>Cancel</button></div>
        </div>
      </div>
    );
  }
  return null;
}
