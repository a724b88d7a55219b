import type { Db, Prisma } from '@choral/db';
import { courrielResume } from '../../mail/modeles.ts';
import { mettreEnFile } from '../../mail/outbox.ts';

const JOUR_MS = 24 * 60 * 60 * 1000;

/**
 * The two summaries users may choose in « Mon compte »: each morning, the invoices received
 * (instead of one e-mail per invoice); each Monday, all the news of the week.
 */
const FORMULES = {
  QUOTIDIEN: {
    abonnes: { resumeQuotidien: true, notificationsFacturation: true },
    categories: ['FACTURE_RECUE'],
    periodeMs: JOUR_MS,
    dernierEnvoi: 'dernierResumeLe',
    sujet: (n: number) => `Résumé quotidien : ${n} facture(s) reçue(s)`,
    intro: 'Depuis votre dernier résumé, ces factures vous attendent dans Factures reçues :',
    chemin: '/facturation/factures-recues',
  },
  HEBDOMADAIRE: {
    abonnes: { resumeHebdomadaire: true },
    categories: ['FACTURE_RECUE', 'CHANGEMENT_STATUT'],
    periodeMs: 7 * JOUR_MS,
    dernierEnvoi: 'dernierResumeHebdomadaireLe',
    sujet: (n: number) => `Résumé hebdomadaire : ${n} nouvelle(s) sur vos factures`,
    intro: 'Voici ce qui s’est passé sur vos factures depuis votre dernier résumé :',
    chemin: '/notifications',
  },
} as const satisfies Record<
  string,
  {
    abonnes: Prisma.UtilisateurWhereInput;
    categories: readonly ('FACTURE_RECUE' | 'CHANGEMENT_STATUT')[];
    periodeMs: number;
    dernierEnvoi: 'dernierResumeLe' | 'dernierResumeHebdomadaireLe';
    sujet: (n: number) => string;
    intro: string;
    chemin: string;
  }
>;

export type FormuleResume = keyof typeof FORMULES;

/**
 * Queues one summary e-mail per subscriber with the notifications since his previous summary
 * (at most one period back; nothing sent when there is no news). Each user's message and the
 * move of his last-summary date share one transaction, so nothing is summarised twice.
 * Returns the number of summaries queued.
 */
export async function envoyerResumes(
  { db, publicUrl }: { db: Db; publicUrl: string },
  formule: FormuleResume,
  maintenant = new Date(),
): Promise<number> {
  const f = FORMULES[formule];
  const abonnes = await db.utilisateur.findMany({
    where: { actif: true, ...f.abonnes },
    select: {
      id: true,
      prenom: true,
      emailContact: true,
      dernierResumeLe: true,
      dernierResumeHebdomadaireLe: true,
    },
  });
  let envoyes = 0;
  for (const u of abonnes) {
    const depuis = u[f.dernierEnvoi] ?? new Date(maintenant.getTime() - f.periodeMs);
    const envoye = await db.$transaction(async (tx) => {
      const nouvelles = await tx.notification.findMany({
        where: {
          utilisateurId: u.id,
          categorie: { in: [...f.categories] },
          creeLe: { gt: depuis, lte: maintenant },
        },
        orderBy: { id: 'asc' },
        select: { titre: true, texte: true },
      });
      await tx.utilisateur.update({ where: { id: u.id }, data: { [f.dernierEnvoi]: maintenant } });
      if (nouvelles.length === 0) return false;
      const message = { sujet: f.sujet(nouvelles.length), intro: f.intro, lien: `${publicUrl}${f.chemin}` };
      await mettreEnFile(tx, courrielResume(u.emailContact, u.prenom, message, nouvelles));

      return true;
    });
    if (envoye) envoyes += 1;
  }

  return envoyes;
}
