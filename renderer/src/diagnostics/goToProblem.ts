import { focusElement } from '../canvas/flowHandle';
import { findingsOf, useDesign } from '../store/designStore';
import { useUi } from '../store/uiStore';
import { groupFindings } from './groupFindings';

let cursor = -1;

/** F8 / Shift+F8: opens Diagnostics and brings the next (or previous) finding's element into view. */
export function goToProblem(step: 1 | -1): void {
  const list = groupFindings(findingsOf(useDesign.getState().snapshot)).flatMap((g) => g.findings);
  useUi.getState().setDiagnostics(true);
  if (list.length === 0) {
    useDesign.getState().notify('info', 'No problems found.');
    return;
  }
  cursor = (((cursor + step) % list.length) + list.length) % list.length;
  const f = list[cursor]!;
  const id = f.targets[0];
  if (id) focusElement(id);
  useDesign.getState().notify('info', `${cursor + 1}/${list.length}: ${f.message}`);
}
