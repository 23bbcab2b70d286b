import { useDialogs } from '../app/dialogStore';
import { adoptSnapshot } from '../files/adoptSnapshot';
import { useDocument } from '../files/documentStore';
import { confirmDiscard } from '../files/fileActions';
import { useDesign } from '../store/designStore';

/**
 * File › New from template: lists the engine's templates (title and description) and opens the
 * chosen one as a new untitled project. Unsaved work is asked about first (on the desktop, by the
 * main process, which answers `cancelled` when the user backs out).
 */
export async function newFromTemplate(): Promise<void> {
  const { client, notify } = useDesign.getState();
  if (!client) return;
  const list = await client.call('templateList', {});
  if (!list.ok) { notify('error', `Could not list the templates: ${list.error.message}`); return; }
  const pick = await useDialogs.getState().choose('New from template', 'Start a new project from a ready-made lab:', list.value.templates.map((t) => ({ id: t.id, label: t.title, detail: t.description })));
  if (!pick) return;
  if (!(await confirmDiscard())) return;
  const r = await client.call('templateNew', { id: pick });
  if (!r.ok) { if (r.error.code !== 'cancelled') notify('error', `Could not create the project: ${r.error.message}`); return; }
  const doc = useDocument.getState();
  doc.reset(null, r.value.snapshot.revision);
  doc.suggest(list.value.templates.find((t) => t.id === pick)?.title ?? null);
  adoptSnapshot(r.value.snapshot);
  for (const w of r.value.warnings) notify('info', w);
}
