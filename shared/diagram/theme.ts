import type { Kind } from '../model';

export type ThemeName = 'light' | 'dark';

/** Colours of one theme. Kind accents are tuned per theme so boxes stay readable on both. */
export interface Theme {
  name: ThemeName;
  background: string;
  surface: string;
  text: string;
  mutedText: string;
  border: string;
  /** How much of a kind's accent tints its container's fill (0..1). */
  containerTint: number;
  accent: Record<Kind, string>;
}

const LIGHT: Theme = {
  name: 'light',
  background: '#f8fafc',
  surface: '#ffffff',
  text: '#0f172a',
  mutedText: '#475569',
  border: '#cbd5e1',
  containerTint: 0.07,
  accent: {
    cluster: '#4f46e5', host: '#2563eb', hostOs: '#0891b2', hypervisor: '#7c3aed', dom0: '#c026d3',
    vm: '#059669', container: '#0d9488', vswitch: '#ea580c', vlan: '#16a34a', physicalSwitch: '#475569',
    storagePool: '#d97706', managementServer: '#db2777', loadBalancer: '#0284c7', desktopPool: '#65a30d',
  },
};

const DARK: Theme = {
  name: 'dark',
  background: '#0b1120',
  surface: '#1e293b',
  text: '#e2e8f0',
  mutedText: '#94a3b8',
  border: '#334155',
  containerTint: 0.12,
  accent: {
    cluster: '#818cf8', host: '#60a5fa', hostOs: '#22d3ee', hypervisor: '#a78bfa', dom0: '#e879f9',
    vm: '#34d399', container: '#2dd4bf', vswitch: '#fb923c', vlan: '#4ade80', physicalSwitch: '#94a3b8',
    storagePool: '#fbbf24', managementServer: '#f472b6', loadBalancer: '#38bdf8', desktopPool: '#a3e635',
  },
};

export const THEMES: Record<ThemeName, Theme> = { light: LIGHT, dark: DARK };

/** Mixes two #rrggbb colours; `amount` of `top` over `base`. A solid result survives any renderer. */
export function mix(base: string, top: string, amount: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const a = rgb(base);
  const b = rgb(top);
  return `#${a.map((v, i) => Math.round(v + (b[i]! - v) * amount).toString(16).padStart(2, '0')).join('')}`;
}
