import type { MaDemande } from '@choral/contracts';
import type { AppContext } from '../../app-context.ts';

/** "Historique de mes demandes": the caller's own rattachement requests, newest first. */
export async function listerMesDemandes(ctx: AppContext, utilisateurId: number): Promise<MaDemande[]> {
  const demandes = await ctx.db.demandeRattachement.findMany({
    where: { demandeurId: utilisateurId },
    include: { structure: true, services: { include: { service: true } }, espaces: true },
    orderBy: [{ demandeLe: 'desc' }, { id: 'desc' }],
  });

  return demandes.map((d) => ({
    id: d.id,
    objet: d.objet,
    structureId: d.structureId,
    raisonSociale: d.structure.raisonSociale,
    identifiant: d.structure.identifiant,
    services: d.services.map(({ service }) => ({
      id: service.id,
      code: service.code,
      libelle: service.libelle,
    })),
    espaces: d.espaces.map((e) => e.espace),
    etat: d.etat,
    commentaire: d.commentaire,
    commentaireDecision: d.commentaireDecision,
    demandeLe: d.demandeLe.toISOString(),
    decideLe: d.decideLe?.toISOString() ?? null,
  }));
}
