import { memo } from 'react';
import { KIND_ICON_PATHS } from '../../../shared/diagram/icons';
import type { Kind } from '../../../shared/model';

/** Line icons for every kind, bundled (never fetched): the same paths the exported diagrams draw. */
const PATHS = KIND_ICON_PATHS;

export const KindIcon = memo(function KindIcon({ kind, size = 20 }: { kind: Kind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {PATHS[kind].map((d) => <path key={d} d={d} />)}
    </svg>
  );
});
