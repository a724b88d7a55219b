type BadgeProps = { tone: 'success' | 'warning' | 'danger' | 'neutral'; children: string };

/** A short state label (« Active », « En attente »): text always, color only as a second cue. */
export function Badge({ tone, children }: BadgeProps) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
