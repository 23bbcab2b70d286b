import { useEffect } from 'react';
import { MENU_TOGGLES, type MenuChecks } from '../../../shared/ipc/contract';
import { useDesign } from '../store/designStore';
import { useUi } from '../store/uiStore';
import { ACTIONS } from './actions';

/** Whether each View toggle is on now, as the menus show it (the actions' own `checked`). */
export const currentMenuChecks = (): MenuChecks =>
  Object.fromEntries(MENU_TOGGLES.map((id) => [id, ACTIONS[id].checked?.() ?? false])) as MenuChecks;

/**
 * Desktop: keeps the native View menu's check marks in step with the toggles, which the renderer
 * owns (the web menu bar reads them directly). Sends at start and whenever one changes.
 */
export function useNativeMenuChecks(): void {
  const client = useDesign((s) => s.client);
  useEffect(() => {
    if (client?.platform !== 'desktop') return;
    let sent = '';
    const report = () => {
      const checks = currentMenuChecks();
      const key = JSON.stringify(checks);
      if (key === sent) return;
      sent = key;
      void client.call('menuChecks', checks);
    };
    report();
    return useUi.subscribe(report);
  }, [client]);
}
