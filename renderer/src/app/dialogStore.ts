import { create } from 'zustand';

export interface PromptRequest { title: string; label: string; value: string; confirm: string; resolve(v: string | null): void }
/** One answer of a choice dialog; `detail` is a second line (a description, a date, a path). */
export interface Choice { id: string; label: string; detail?: string }
export interface ChoiceRequest { title: string; message: string; choices: Choice[]; resolve(id: string | null): void }

interface DialogState {
  prompt: PromptRequest | null;
  choice: ChoiceRequest | null;
  ask(title: string, label: string, value?: string, confirm?: string): Promise<string | null>;
  /** Resolves with the chosen id, or null when the dialog is cancelled (Cancel, Escape). */
  choose(title: string, message: string, choices: Choice[]): Promise<string | null>;
}

/** In-app modal dialogs, awaited like native ones. */
export const useDialogs = create<DialogState>((set) => ({
  prompt: null,
  choice: null,
  ask: (title, label, value = '', confirm = 'OK') =>
    new Promise((resolve) => set({ prompt: { title, label, value, confirm, resolve: (v) => { set({ prompt: null }); resolve(v); } } })),
  choose: (title, message, choices) =>
    new Promise((resolve) => set({ choice: { title, message, choices, resolve: (id) => { set({ choice: null }); resolve(id); } } })),
}));
