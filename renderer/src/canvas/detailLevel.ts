import { useStore, type ReactFlowState } from '@xyflow/react';

/**
 * Semantic zoom. Zoomed far out, node subtitles, icons and connection handles are too small to
 * read or grab, and dashed edges turn into thousands of sub-pixel dashes: they cost most of the
 * raster time of a big design (measured in bench/canvas.ts) and show nothing. The canvas marks
 * its detail level on `.vl-canvas[data-detail]` and canvas.css drops them.
 * full: everything; compact: names only, solid edges; outline: boxes and lines.
 */
export type DetailLevel = 'full' | 'compact' | 'outline';

export const COMPACT_BELOW_ZOOM = 0.45;
export const OUTLINE_BELOW_ZOOM = 0.2;

export const detailLevel = (zoom: number): DetailLevel => (zoom < OUTLINE_BELOW_ZOOM ? 'outline' : zoom < COMPACT_BELOW_ZOOM ? 'compact' : 'full');

const selectDetail = (s: ReactFlowState): DetailLevel => detailLevel(s.transform[2]);

/** The canvas's detail level; re-renders only when the zoom crosses a threshold. */
export const useDetailLevel = (): DetailLevel => useStore(selectDetail);
