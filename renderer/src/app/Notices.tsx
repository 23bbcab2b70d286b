import { useDesign } from '../store/designStore';

/** Transient messages; a refusal appears next to the cursor where the gesture happened. */
export function Notices() {
  const notices = useDesign((s) => s.notices);
  const dismiss = useDesign((s) => s.dismiss);
  return (
    <>
      {notices.filter((n) => n.at).map((n) => (
        <div key={n.id} role="alert" className={`vl-cursor-notice vl-notice-${n.kind}`} style={{ left: n.at!.x + 14, top: n.at!.y + 14 }} onClick={() => dismiss(n.id)}>
          {n.text}
        </div>
      ))}
      <div className="vl-notices" aria-live="polite">
        {notices.filter((n) => !n.at).map((n) => (
          <div key={n.id} role={n.kind === 'error' ? 'alert' : 'status'} className={`vl-notice vl-notice-${n.kind}`} onClick={() => dismiss(n.id)}>
            {n.text}
          </div>
        ))}
      </div>
    </>
  );
}
