type LiveMessageProps = { message: string | null; tone?: 'success' | 'error' | 'info' };

/**
 * The confirmation of an action (or news of work under way), in a live region present from the start so that screen
 * readers announce each new message reliably.
 */
export function LiveMessage({ message, tone = 'success' }: LiveMessageProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className="live-message">
      {message ? (
        <div className={`alert alert--${tone}`}>
          <p className="alert__title">{message}</p>
        </div>
      ) : null}
    </div>
  );
}
