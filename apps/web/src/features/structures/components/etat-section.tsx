import type { Structure } from '@choral/contracts';
import { useState } from 'react';
import { Badge } from '../../../components/badge';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { LiveMessage } from '../../../components/live-message';
import { activerStructure } from '../api';

/** « Activer / Inactiver ma structure »: an inactive structure receives no invoice. */
export function EtatSection({ structure, onChange }: { structure: Structure; onChange: () => void }) {
  const [confirmation, setConfirmation] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const action = structure.active ? 'Inactiver ma structure' : 'Activer ma structure';
  return (
    <section className="panel panel--wide" aria-labelledby="etat">
      <div className="panel__header">
        <h2 id="etat" className="panel__title">
          État
        </h2>
        {structure.actions.activer ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setMessage(null);
              setConfirmation(true);
            }}
          >
            {action}
          </button>
        ) : null}
      </div>
      <LiveMessage message={message} />
      <p>
        <Badge tone={structure.active ? 'success' : 'neutral'}>
          {structure.active ? 'Active' : 'Inactive'}
        </Badge>{' '}
        {structure.active
          ? 'La structure peut émettre et recevoir des factures.'
          : 'La structure ne reçoit plus de factures.'}
      </p>
      <ConfirmDialog
        title={`${action} ?`}
        isOpen={confirmation}
        onOpenChange={setConfirmation}
        confirmLabel={action}
        onConfirm={async () => {
          const mise = await activerStructure(structure.id, !structure.active);
          setMessage(
            mise.active ? 'La structure est maintenant active.' : 'La structure est maintenant inactive.',
          );
          onChange();
        }}
      >
        <p>
          {structure.active
            ? `${structure.raisonSociale} ne recevra plus de factures tant qu’elle sera inactive.`
            : `${structure.raisonSociale} pourra de nouveau recevoir des factures.`}
        </p>
      </ConfirmDialog>
    </section>
  );
}
