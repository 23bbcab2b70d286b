import { getViewportForBounds, type Rect } from '@xyflow/react';
import type { RasterSource } from './exportFormats';

/** Longest side of the exported picture at 1× (it is drawn at 2×: 8,192 px at most, well inside Chromium's canvas limits). */
const MAX_SIDE = 4096;
const MIN_SIDE = 320;
const MARGIN = 40;

/** Picture size for nodes spanning `bounds`: their natural size plus a margin, scaled down to MAX_SIDE. */
export function pictureSize(bounds: Rect): { width: number; height: number } {
  const w = Math.max(1, bounds.width) + 2 * MARGIN;
  const h = Math.max(1, bounds.height) + 2 * MARGIN;
  const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
  return { width: Math.max(MIN_SIDE, Math.round(w * scale)), height: Math.max(MIN_SIDE, Math.round(h * scale)) };
}

export interface FlowView {
  /** The React Flow viewport element (`.react-flow__viewport`): nodes and edges, without panels. */
  viewport: HTMLElement;
  /** Bounds of every node, in flow coordinates. */
  bounds: Rect;
  background: string;
}

/**
 * Draws the React Flow viewport as a PNG at 2× with html-to-image (the approach of the React Flow
 * "download image" example): the viewport is re-rendered off screen with a transform that fits
 * every node, whatever the user's current pan and zoom.
 */
export function rasterSource(view: FlowView): RasterSource {
  const size = pictureSize(view.bounds);
  return {
    size: () => size,
    async png() {
      const { toBlob } = await import('html-to-image');
      const vp = getViewportForBounds(view.bounds, size.width, size.height, 0.01, 2, 0.04);
      // html-to-image copies computed styles: draw at full detail even when the user is zoomed far
      // out (the canvas then hides names and icons, see canvas/detailLevel.ts).
      const canvas = view.viewport.closest<HTMLElement>('[data-detail]');
      const detail = canvas?.dataset.detail;
      if (canvas) canvas.dataset.detail = 'full';
      const blob = await toBlob(view.viewport, {
        backgroundColor: view.background,
        width: size.width,
        height: size.height,
        pixelRatio: 2,
        // System fonts only: nothing to fetch, which also keeps the desktop's strict CSP happy.
        skipFonts: true,
        // Connection handles are for editing; a diagram is cleaner without them.
        filter: (el) => !(el instanceof Element && el.classList.contains('react-flow__handle')),
        style: { width: `${size.width}px`, height: `${size.height}px`, transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})` },
      }).finally(() => { if (canvas && detail !== undefined) canvas.dataset.detail = detail; });
      if (!blob) throw new Error('The browser could not draw the canvas as an image (it may be too large).');
      return new Uint8Array(await blob.arrayBuffer());
    },
  };
}

/** A one-page PDF holding the PNG, sized to the picture (jspdf, loaded on demand). */
export async function pngToPdf(png: Uint8Array, size: { width: number; height: number }, title: string): Promise<Uint8Array> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ orientation: size.width >= size.height ? 'landscape' : 'portrait', unit: 'px', format: [size.width, size.height], hotfixes: ['px_scaling'], compress: true });
  pdf.setProperties({ title, creator: 'VirtLab' });
  pdf.addImage(png, 'PNG', 0, 0, size.width, size.height, undefined, 'FAST');
  return new Uint8Array(pdf.output('arraybuffer'));
}
