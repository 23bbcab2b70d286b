// Sandboxed preload: bundled into one CommonJS file (a sandboxed preload can only require 'electron'
// and a few builtins), so everything it needs, including the contract, is inlined at build time.
import { contextBridge, ipcRenderer } from 'electron';
import { buildVirtlabApi } from './virtlabApi';

contextBridge.exposeInMainWorld('virtlab', buildVirtlabApi(ipcRenderer));
