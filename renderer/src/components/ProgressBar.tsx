import './progress.css';

/** A determinate bar when total is known, indeterminate otherwise; label names it for assistive tech. */
export function ProgressBar({ label, value, max }: { label: string; value: number; max: number | null }) {
  const ratio = max && max > 0 ? Math.min(1, value / max) : null;
  return (
    <div
      className={ratio === null ? 'progress progress--indeterminate' : 'progress'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max ?? undefined}
      aria-valuenow={ratio === null ? undefined : value}
    >
      <div className="progress__fill" style={ratio === null ? undefined : { inlineSize: `${ratio * 100}%` }} />
    </div>
  );
}
