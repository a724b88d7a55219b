import { type ReactNode, useState } from 'react';
import { isApiError } from '../lib/api-error';
import { Alert } from './alert';
import { Dialog } from './dialog';

type ConfirmDialogProps = {
  title: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  children: ReactNode;
  confirmLabel: string;
  /** Runs the action; the dialog closes when it succeeds and shows the API's message otherwise. */
  onConfirm: () => Promise<void>;
};

/** « Are you sure? » before an action that cannot be undone from the same page. */
export function ConfirmDialog({
  title,
  isOpen,
  onOpenChange,
  children,
  confirmLabel,
  onConfirm,
}: ConfirmDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const changeOpen = (open: boolean) => {
    setError(null);
    onOpenChange(open);
  };
  const confirm = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      changeOpen(false);
    } catch (caught) {
      setError(isApiError(caught) ? caught.detail : 'Une erreur inattendue est survenue.');
    } finally {
      setPending(false);
    }
  };
  return (
    <Dialog title={title} isOpen={isOpen} onOpenChange={changeOpen} role="alertdialog">
      {error ? <Alert tone="error" title={error} /> : null}
      <div className="dialog__body">{children}</div>
      <div className="form__actions">
        <button type="button" className="button" onClick={confirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => changeOpen(false)}>
          Annuler
        </button>
      </div>
    </Dialog>
  );
}
