import type { UtilisateurCourant } from '@choral/contracts';
import { espacesDeLaStructure, espacesDetenus, peutApprouverRattachement } from '@choral/domain/structures';
import { titulaire } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';

/**
 * The signed-in user with his rattachements (and the espaces he holds or may still ask for on
 * each) and the number of requests awaiting his decision.
 */
export async function lireUtilisateurCourant(
  ctx: AppContext,
  utilisateurId: number,
): Promise<UtilisateurCourant> {
  const u = await ctx.db.utilisateur.findUniqueOrThrow({
    where: { id: utilisateurId },
    include: {
      rattachements: {
        include: { structure: true, services: { include: { service: true } }, espaces: true },
        orderBy: { structure: { raisonSociale: 'asc' } },
      },
      demandes: { where: { etat: 'EN_ATTENTE' }, select: { structureId: true } },
    },
  });
  const enCours = new Set(u.demandes.map((d) => d.structureId));
  const gerees = u.rattachements.filter((r) => peutApprouverRattachement(r.role)).map((r) => r.structureId);
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
    rattachements: u.rattachements.map((r) => {
      const espaces = espacesDetenus(titulaire(r), r.structure.type);
      const espacesStructure = [...espacesDeLaStructure(r.structure.type)];
      return {
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
        espacesStructure,
        espaces,
        // One request at a time per structure: none to offer while one waits.
        espacesDemandables: enCours.has(r.structureId)
          ? []
          : espacesStructure.filter((e) => !espaces.includes(e)),
      };
    }),
  };
}
