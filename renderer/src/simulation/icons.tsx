/** Playback icons as inline SVG (symbol fonts are not on every machine). */
const Svg = ({ children }: { children: React.ReactNode }) => (
  <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="currentColor">{children}</svg>
);

export const PlayIcon = () => <Svg><path d="M4 2.5v11l9-5.5z" /></Svg>;
export const PauseIcon = () => <Svg><path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" /></Svg>;
export const StepForwardIcon = () => <Svg><path d="M2.5 2.5v11l8-5.5zM11 2.5h2.5v11H11z" /></Svg>;
export const StepBackIcon = () => <Svg><path d="M13.5 2.5v11l-8-5.5zM2.5 2.5H5v11H2.5z" /></Svg>;
export const DockRightIcon = () => <Svg><path d="M2 2.5h12v11H2zM3.2 3.7v8.6h5.6V3.7zM10 3.7v8.6h2.8V3.7z" fillRule="evenodd" /></Svg>;
export const DockBottomIcon = () => <Svg><path d="M2 2.5h12v11H2zM3.2 3.7v4.8h9.6V3.7zM3.2 9.7v2.6h9.6V9.7z" fillRule="evenodd" /></Svg>;
export const CloseIcon = () => <Svg><path d="M3.7 2.6 8 6.9l4.3-4.3 1.1 1.1L9.1 8l4.3 4.3-1.1 1.1L8 9.1l-4.3 4.3-1.1-1.1L6.9 8 2.6 3.7z" /></Svg>;
