import type { Service, Structure } from '@choral/contracts';
import { useState } from 'react';
import { Badge } from '../../../components/badge';
import { Dialog } from '../../../components/dialog';
import { LiveMessage } from '../../../components/live-message';
import { formaterJour } from '../../../lib/format';
import { ServiceForm } from './service-form';

type Edition = { service: Service | null } | null;

function validite(service: Service): string {
  const { dateDebutValidite: debut, dateFinValidite: fin } = service;
  if (debut && fin) return `Du ${formaterJour(debut)} au ${formaterJour(fin)}`;
  if (debut) return `À partir du ${formaterJour(debut)}`;
  if (fin) return `Jusqu’au ${formaterJour(fin)}`;
  return 'Permanente';
}

export function ServicesSection({ structure, onChange }: { structure: Structure; onChange: () => void }) {
  const [edition, setEdition] = useState<Edition>(null);
  const [message, setMessage] = useState<string | null>(null);
  const peutGerer = structure.actions.gererServices;
  const ouvrir = (service: Service | null) => {
    setMessage(null);
    setEdition({ service });
  };

  return (
    <section className="panel panel--wide" aria-labelledby="services">
      <div className="panel__header">
        <h2 id="services" className="panel__title">
          Services
        </h2>
        {peutGerer ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => ouvrir(null)}
          >
            Ajouter un service
          </button>
        ) : null}
      </div>
      <LiveMessage message={message} />
      {structure.services.length === 0 ? (
        <p>Cette structure n’a pas encore de service.</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Services de {structure.raisonSociale}</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Libellé</th>
                <th scope="col">État</th>
                <th scope="col">Validité</th>
                <th scope="col">N° d’engagement</th>
                {peutGerer ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {structure.services.map((service) => (
                <tr key={service.id}>
                  <th scope="row" className="table__code">
                    {service.code}
                  </th>
                  <td>
                    {service.libelle}
                    {service.description ? (
                      <span className="table__secondary">{service.description}</span>
                    ) : null}
                  </td>
                  <td>
                    <Badge tone={service.actif ? 'success' : 'neutral'}>
                      {service.actif ? 'Actif' : 'Inactif'}
                    </Badge>
                  </td>
                  <td>{validite(service)}</td>
                  <td>{service.engagementObligatoire ? 'Obligatoire' : 'Facultatif'}</td>
                  {peutGerer ? (
                    <td className="table__actions">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => ouvrir(service)}
                      >
                        Modifier<span className="visually-hidden"> le service {service.code}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog
        title={edition?.service ? `Modifier le service ${edition.service.code}` : 'Ajouter un service'}
        isOpen={edition !== null}
        onOpenChange={(open) => {
          if (!open) setEdition(null);
        }}
      >
        {edition ? (
          <ServiceForm
            structureId={structure.id}
            service={edition.service}
            onCancel={() => setEdition(null)}
            onSaved={(service) => {
              setEdition(null);
              setMessage(
                edition.service
                  ? `Le service ${service.code} a été modifié.`
                  : `Le service ${service.code} a été ajouté.`,
              );
              onChange();
            }}
          />
        ) : null}
      </Dialog>
    </section>
  );
}
