import type { UtilisateurCourant } from '@choral/contracts';
import type { AppContext } from '../../app-context.ts';

/** The signed-in user with his rattachements and the number of requests awaiting his decision. */
export async function lireUtilisateurCourant(
  ctx: AppContext,
  utilisateurId: number,
): Promise<UtilisateurCourant> {
  const u = await ctx.db.utilisateur.findUniqueOrThrow({
    where: { id: utilisateurId },
    include: {
      rattachements: {
        include: { structure: true, services: { include: { service: true } } },
        orderBy: { structure: { raisonSociale: 'asc' } },
      },
    },
  });
  const gerees = u.rattachements.filter((r) => r.role !== 'UTILISATEUR').map((r) => r.structureId);
  const approbationsEnAttente =
    gerees.length === 0
      ? 0
      : await ctx.db.demandeRattachement.count({
          where: { structureId: { in: gerees }, etat: 'EN_ATTENTE' },
        });

  return {
    id: u.id,
    email: u.email,
    emailContact: u.emailContact,
    nom: u.nom,
    prenom: u.prenom,
    telephone: u.telephone,
    notificationsFacturation: u.notificationsFacturation,
    resumeHebdomadaire: u.resumeHebdomadaire,
    resumeQuotidien: u.resumeQuotidien,
    approbationsEnAttente,
    rattachements: u.rattachements.map((r) => ({
      structureId: r.structureId,
      identifiant: r.structure.identifiant,
      raisonSociale: r.structure.raisonSociale,
      type: r.structure.type,
      role: r.role,
      services: r.services.map(({ service }) => ({
        id: service.id,
        code: service.code,
        libelle: service.libelle,
      })),
    })),
  };
}
