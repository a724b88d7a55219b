import { type ReactNode, useEffect, useRef } from 'react';

type AlertProps = {
  tone: 'success' | 'error' | 'info';
  title?: string;
  children?: ReactNode;
  /** Move the focus here when shown: the confirmation that replaces a form, for instance. */
  focus?: boolean;
  /** False for a message that is part of the page from the start (nothing to announce). */
  announce?: boolean;
};

/**
 * A message about what just happened. Success and information are polite (`role="status"`),
 * errors assertive (`role="alert"`); the tone is given by the text and an icon, not color alone.
 */
export function Alert({ tone, title, children, focus = false, announce = true }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div
      ref={ref}
      className={`alert alert--${tone}`}
      role={announce ? (tone === 'error' ? 'alert' : 'status') : undefined}
      tabIndex={focus ? -1 : undefined}
    >
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__text">{children}</div> : null}
    </div>
  );
}
