import type { Prisma, Service, Structure } from '@choral/db';
import {
  type ActeurFacture,
  LIBELLES_STATUT_FACTURE,
  type StatutFacture,
  statutVisiblePourFournisseur,
} from '@choral/domain/cycle-de-vie';
import {
  courrielChangementStatutFacture,
  courrielFactureAValider,
  courrielFactureRecue,
} from '../../mail/modeles.ts';
import { mettreEnFile } from '../../mail/outbox.ts';

/** What the messages name: the invoice and its parties. */
export interface FactureNotifiee {
  id: number;
  numero: string | null;
  numeroPortail: string | null;
  fournisseur: Structure;
  destinataire: Structure | null;
  service: Service | null;
  /** A9 / A12: the structure that validates the invoice before it is routed. */
  valideurId?: number | null;
}

export interface ChangementNotifie {
  statut: StatutFacture;
  acteur: ActeurFacture;
  motif: string | null;
}

// Steps the platform takes on its own right after another: the supplier is not told of them.
const TRANSITOIRES: ReadonlySet<StatutFacture> = new Set(['EN_COURS_ACHEMINEMENT', 'DEPOSEE']);

// Statuses that put the invoice on the recipient's desk: his agents are told.
const ARRIVEES_CHEZ_LE_DESTINATAIRE: ReadonlySet<StatutFacture> = new Set([
  'MISE_A_DISPOSITION',
  'COMPLETEE',
]);

interface Membre {
  id: number;
  prenom: string;
  emailContact: string;
  notificationsFacturation: boolean;
  resumeQuotidien: boolean;
}

interface Nouvelle {
  categorie: 'CHANGEMENT_STATUT' | 'FACTURE_RECUE';
  titre: string;
  texte: string;
  courriel: (m: Membre) => Parameters<typeof mettreEnFile>[1];
}

async function notifier(
  tx: Prisma.TransactionClient,
  membres: Membre[],
  factureId: number,
  { categorie, titre, texte, courriel }: Nouvelle,
): Promise<void> {
  if (membres.length === 0) return;
  await tx.notification.createMany({
    data: membres.map((m) => ({ utilisateurId: m.id, factureId, categorie, titre, texte })),
  });
  // The e-mail respects each user's preference; the in-portal list always has the news. Those
  // who chose the daily summary get received invoices in it instead (envoyer-resumes-quotidiens).
  const parCourriel = membres.filter(
    (m) => m.notificationsFacturation && !(categorie === 'FACTURE_RECUE' && m.resumeQuotidien),
  );
  for (const m of parCourriel) await mettreEnFile(tx, courriel(m));
}

const MEMBRE = {
  id: true,
  prenom: true,
  emailContact: true,
  notificationsFacturation: true,
  resumeQuotidien: true,
} as const;

/** The valideur's members who may act in Factures à valider are told an invoice awaits them. */
export async function notifierValideur(
  tx: Prisma.TransactionClient,
  publicUrl: string,
  facture: FactureNotifiee,
): Promise<void> {
  if (!facture.valideurId) return;
  const citee = { numero: facture.numero ?? '', numeroPortail: facture.numeroPortail ?? '' };
  const membres = await tx.utilisateur.findMany({
    where: { actif: true, rattachements: { some: { structureId: facture.valideurId } } },
    select: MEMBRE,
  });
  const lien = `${publicUrl}/facturation/factures-a-valider/${facture.id}`;
  const fournisseur = facture.fournisseur.raisonSociale;
  await notifier(tx, membres, facture.id, {
    categorie: 'CHANGEMENT_STATUT',
    titre: `Facture à valider ${citee.numero}`,
    texte: `De ${fournisseur} : à valider ou refuser sous 15 jours.`,
    courriel: (m) => courrielFactureAValider(m.emailContact, m.prenom, citee, fournisseur, lien),
  });
}

/**
 * In the transaction of a status change: tells the supplier's members of every change made by
 * someone else (never of the transient routing step, nor of a status hidden from them), and the
 * recipient's agents who see the invoice's service when it lands on their desk, the valideur's
 * members when an A9 / A12 invoice awaits their validation. In-portal
 * notification for each, e-mail to those who want invoicing e-mails.
 */
export async function notifierChangementStatut(
  tx: Prisma.TransactionClient,
  publicUrl: string,
  facture: FactureNotifiee,
  { statut, acteur, motif }: ChangementNotifie,
): Promise<void> {
  const citee = { numero: facture.numero ?? '', numeroPortail: facture.numeroPortail ?? '' };
  const libelle = LIBELLES_STATUT_FACTURE[statut];
  const masque = facture.destinataire?.statutMiseEnPaiementNestPasRemonte ?? false;
  if (acteur !== 'FOURNISSEUR' && !TRANSITOIRES.has(statut) && statutVisiblePourFournisseur(statut, masque)) {
    const membres = await tx.utilisateur.findMany({
      where: { actif: true, rattachements: { some: { structureId: facture.fournisseur.id } } },
      select: MEMBRE,
    });
    const lien = `${publicUrl}/facturation/factures-emises/${facture.id}`;
    await notifier(tx, membres, facture.id, {
      categorie: 'CHANGEMENT_STATUT',
      titre: `Facture ${citee.numero} : ${libelle}`,
      texte: motif ? `Motif : ${motif}` : `Votre facture est au statut « ${libelle} ».`,
      courriel: (m) => courrielChangementStatutFacture(m.emailContact, m.prenom, citee, libelle, motif, lien),
    });
  }
  if (statut === 'A_VALIDER_1' && facture.valideurId) await notifierValideur(tx, publicUrl, facture);
  if (ARRIVEES_CHEZ_LE_DESTINATAIRE.has(statut) && facture.destinataire) {
    const serviceId = facture.service?.id;
    const membres = await tx.utilisateur.findMany({
      where: {
        actif: true,
        rattachements: {
          some: {
            structureId: facture.destinataire.id,
            OR: [{ services: { none: {} } }, ...(serviceId ? [{ services: { some: { serviceId } } }] : [])],
          },
        },
      },
      select: MEMBRE,
    });
    const lien = `${publicUrl}/facturation/factures-recues/${facture.id}`;
    const fournisseur = facture.fournisseur.raisonSociale;
    await notifier(tx, membres, facture.id, {
      categorie: 'FACTURE_RECUE',
      titre: `Facture reçue ${citee.numero} : ${libelle}`,
      texte: `De ${fournisseur}${facture.service ? `, service ${facture.service.code}` : ''}.`,
      courriel: (m) => courrielFactureRecue(m.emailContact, m.prenom, citee, fournisseur, libelle, lien),
    });
  }
}
