import type { Approbation } from '@choral/contracts';
import type { Prisma } from '@choral/db';

export const INCLUDE_APPROBATION = {
  demandeur: true,
  decideur: true,
  structure: true,
  services: { include: { service: true } },
} satisfies Prisma.DemandeRattachementInclude;

type DemandeComplete = Prisma.DemandeRattachementGetPayload<{ include: typeof INCLUDE_APPROBATION }>;

export function presenterApprobation(d: DemandeComplete): Approbation {
  const services = d.services.map(({ service }) => ({
    id: service.id,
    code: service.code,
    libelle: service.libelle,
  }));
  const cible = services.length > 0 ? ` (services ${services.map((s) => s.code).join(', ')})` : '';

  return {
    id: d.id,
    etat: d.etat,
    description: `Demande de rattachement à ${d.structure.raisonSociale}${cible}`,
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
    demandeLe: d.demandeLe.toISOString(),
    commentaire: d.commentaire,
    decideur: d.decideur ? { nom: d.decideur.nom, prenom: d.decideur.prenom } : null,
    commentaireDecision: d.commentaireDecision,
    decideLe: d.decideLe?.toISOString() ?? null,
  };
}
