import { type MouseEvent, type RefObject, useId } from 'react';
import type { SummaryItem } from './use-form';

type FormMessagesProps = {
  summary: readonly SummaryItem[];
  formError: string | null;
  summaryRef: RefObject<HTMLElement | null>;
};

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/**
 * Top of a form after a failed submit: the server's message, then the list of problems with a
 * link to each field. Focused by `useForm` so that screen readers read it at once.
 */
export function FormMessages({ summary, formError, summaryRef }: FormMessagesProps) {
  const count = summary.length;
  const titleId = useId();
  return (
    <section
      ref={summaryRef}
      tabIndex={-1}
      className="form-messages"
      aria-labelledby={count > 0 ? titleId : undefined}
    >
      {formError ? (
        <div className="alert alert--error">
          <p className="alert__text">{formError}</p>
        </div>
      ) : null}
      {count > 0 ? (
        <div className="error-summary">
          <h2 id={titleId} className="error-summary__title">
            {count === 1 ? 'Le formulaire contient une erreur' : `Le formulaire contient ${count} erreurs`}
          </h2>
          <ul className="error-summary__list">
            {summary.map((item) =>
              item.fieldId ? (
                <li key={item.fieldId}>
                  <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId ?? '')}>
                    {item.label} : {item.message}
                  </a>
                </li>
              ) : (
                <li key={item.message}>{item.message}</li>
              ),
            )}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
