import { useId, useState, type ReactNode } from 'react';

/**
 * A "?" that explains a concept: shown on hover and on keyboard focus (a title attribute is not
 * reachable by keyboard), announced to screen readers as the button's description.
 */
export function Hint({ text, label }: { text: string; label: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="vl-sim-hint" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="vl-sim-hint-button"
        aria-label={`What is ${label}?`}
        aria-describedby={id}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.stopPropagation(); setOpen(false); } }}
      >?</button>
      <span role="tooltip" id={id} className={`vl-sim-tooltip${open ? ' is-open' : ''}`}>{text}</span>
    </span>
  );
}

/** A label with its explanation beside it. */
export function Explained({ children, help, label }: { children: ReactNode; help: string; label: string }) {
  return <span className="vl-sim-explained">{children}<Hint text={help} label={label} /></span>;
}
