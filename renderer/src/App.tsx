import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { actionForKey, runAction } from './app/actions';
import { Dialogs } from './app/Dialogs';
import { MenuBar } from './app/MenuBar';
import { Notices } from './app/Notices';
import { StatusBar } from './app/StatusBar';
import { Canvas } from './canvas/Canvas';
import { CommandPalette } from './commandPalette/CommandPalette';
import { ContextMenu } from './contextMenu/ContextMenu';
import { DiagnosticsPanel } from './diagnostics/DiagnosticsPanel';
import { baseName, useDirty, useDocument } from './files/documentStore';
import { useDocumentLifecycle } from './files/useDocumentLifecycle';
import { useNativeMenuChecks } from './app/useNativeMenuChecks';
import { Inspector } from './inspector/Inspector';
import { Palette } from './palette/Palette';
import { ShortcutsDialog } from './shortcuts/ShortcutsDialog';
import { SimulationButton } from './simulation/SimulationButton';
import { SimulationPanel } from './simulation/SimulationPanel';
import { useDesign } from './store/designStore';
import { useUi } from './store/uiStore';

const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** The application shell: menu, palette, canvas, inspector, status bar. */
export function App() {
  const client = useDesign((s) => s.client);
  const theme = useUi((s) => s.theme);
  const name = useDocument((d) => d.name);
  const dirty = useDirty();
  useDocumentLifecycle();
  useNativeMenuChecks();

  useEffect(() => { document.documentElement.dataset.theme = theme; }, [theme]);
  useEffect(() => { document.title = `${dirty ? '• ' : ''}${name ? baseName(name) : 'Untitled'} — VirtLab`; }, [name, dirty]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const action = actionForKey(e);
      if (!action) return;
      e.preventDefault();
      runAction(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => client?.on('menuAction', ({ action }) => runAction(action)), [client]);

  return (
    <ReactFlowProvider>
      <div className="vl-app">
        <header className="vl-topbar">
          <span className="vl-brand">VirtLab</span>
          {client?.platform === 'web' && <MenuBar />}
          <SimulationButton />
          <span className="vl-docname" data-testid="document-name">{name ? baseName(name) : 'Untitled'}{dirty ? ' •' : ''}</span>
        </header>
        <main className="vl-main">
          <Palette />
          <div className="vl-center">
            <Canvas />
            <SimulationPanel />
            <DiagnosticsPanel />
          </div>
          <Inspector />
        </main>
        <StatusBar />
        <Notices />
        <ContextMenu />
        <CommandPalette />
        <ShortcutsDialog />
        <Dialogs />
      </div>
    </ReactFlowProvider>
  );
}
