import type { Approbation } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { LIBELLES_ESPACE } from '@choral/domain/structures';

export const INCLUDE_APPROBATION = {
  demandeur: true,
  decideur: true,
  structure: true,
  services: { include: { service: true } },
  espaces: true,
} satisfies Prisma.DemandeRattachementInclude;

type DemandeComplete = Prisma.DemandeRattachementGetPayload<{ include: typeof INCLUDE_APPROBATION }>;

export function presenterApprobation(d: DemandeComplete): Approbation {
  const services = d.services.map(({ service }) => ({
    id: service.id,
    code: service.code,
    libelle: service.libelle,
  }));
  const espaces = d.espaces.map((e) => e.espace);
  const cible = services.length > 0 ? ` (services ${services.map((s) => s.code).join(', ')})` : '';
  const libellesEspaces = espaces.map((e) => LIBELLES_ESPACE[e]).join(', ');
  const description =
    d.objet === 'HABILITATION'
      ? `Demande d’habilitation sur ${d.structure.raisonSociale} : ${libellesEspaces}`
      : `Demande de rattachement à ${d.structure.raisonSociale}${cible}` +
        (espaces.length > 0 ? `, espaces : ${libellesEspaces}` : '');

  return {
    id: d.id,
    objet: d.objet,
    etat: d.etat,
    description,
    demandeur: {
      id: d.demandeur.id,
      nom: d.demandeur.nom,
      prenom: d.demandeur.prenom,
      email: d.demandeur.email,
    },
    structure: {
      id: d.structure.id,
      identifiant: d.structure.identifiant,
      raisonSociale: d.structure.raisonSociale,
    },
    services,
    espaces,
    demandeLe: d.demandeLe.toISOString(),
    commentaire: d.commentaire,
    decideur: d.decideur ? { nom: d.decideur.nom, prenom: d.decideur.prenom } : null,
    commentaireDecision: d.commentaireDecision,
    decideLe: d.decideLe?.toISOString() ?? null,
  };
}
