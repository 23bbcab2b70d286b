import { useEffect } from 'react';
import type { EngineClient } from '../engine/engineClient';
import { engineTransport } from './engineTransport';
import { useSim } from './simStore';

/** Connects the Simulation panel to the engine client once it exists. */
export function useSimTransport(client: EngineClient | null): void {
  useEffect(() => {
    if (!client) return;
    useSim.getState().setTransport(engineTransport(client));
    return () => useSim.getState().setTransport(null);
  }, [client]);
}
