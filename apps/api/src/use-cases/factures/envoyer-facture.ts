import { randomBytes } from 'node:crypto';
import type { ConfirmationDepot } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { appliquerAction } from '@choral/domain/cycle-de-vie';
import { actionDeDepot } from '@choral/domain/depot';
import { ErreurMetier } from '@choral/domain/erreurs';
import { type FactureNormalisee, numeroPortail, OCTETS_NUMERO_PORTAIL } from '@choral/domain/facture';
import { genererFacturX, validerFacture } from '@choral/formats';
import type { AppContext } from '../../app-context.ts';
import { sha256 } from '../../documents/fichiers.ts';
import { source } from '../../documents/stockage-documents.ts';
import { fileDe } from '../../jobs/file-travaux.ts';
import { type FactureComplete, factureNormaliseeStockee } from '../../presenters/facture.ts';
import { partiesChargees } from '../../presenters/parties-facture.ts';
import { notifierValideur } from '../notifications/notifier-changement-statut.ts';
import { construireFactureSaisie } from './construire-facture-saisie.ts';
import { controlerEnvoi } from './controler-envoi.ts';
import { jourDepot } from './jour-depot.ts';
import { refusDepot } from './refus-depot.ts';
import { trouverFactureEmise } from './trouver-facture.ts';

function doublon(numero: string): ErreurMetier {
  const message = `Le numéro de facture « ${numero} » a déjà été utilisé par votre structure : chaque facture doit porter un numéro nouveau, même après un rejet.`;

  return new ErreurMetier('CONFLIT', message, {
    motif: 'DOUBLON',
    champs: [{ champ: '/identification/numero', message }],
  });
}

function modifieEntreTemps(): ErreurMetier {
  return new ErreurMetier('CONFLIT', 'Cette facture vient d’être envoyée ou supprimée.', {
    motif: 'FACTURE_NON_MODIFIABLE',
  });
}

/** The invoice the portal keeps: the deposited one, or for a manual entry the one it generates. */
function factureDeReference(f: FactureComplete): FactureNormalisee | null {
  if (f.mode === 'DEPOT') return factureNormaliseeStockee(f);
  if (f.destinataire === null) return null;
  const montant = (valeur: Prisma.Decimal | null) => valeur?.toFixed(2) ?? '0';

  return construireFactureSaisie(
    { ...f, destinataire: f.destinataire },
    { ht: montant(f.montantHt), tva: montant(f.montantTva), ttc: montant(f.montantTtc) },
  );
}

/** Another invoice drew the same portal number: the unique index refused it. */
function collisionNumeroPortail(erreur: unknown): boolean {
  const { code, meta } = erreur as { code?: string; meta?: unknown };

  return code === 'P2002' && JSON.stringify(meta ?? {}).includes('numero_portail');
}

const TENTATIVES_NUMERO_PORTAIL = 3;

/** The valideur's service named on an A9 / A12, as the deposit checks need it. */
async function serviceValideur(ctx: Pick<AppContext, 'db'>, f: FactureComplete) {
  if (f.valideurId === null || !f.codeServiceValideur) return null;

  return ctx.db.service.findUnique({
    where: { structureId_code: { structureId: f.valideurId, code: f.codeServiceValideur } },
  });
}

/**
 * « Valider et envoyer »: runs every deposit check, then in one transaction records the invoice
 * as DEPOSEE with its deposit date, portal number, consumed supplier number and certificate
 * fingerprint, points at the generated Factur-X of a manual entry (stored just before), writes
 * the first history entry and enqueues the routing job — all or nothing. An A9 / A12 invoice is
 * put to its valideur instead (A_VALIDER_1, its members notified): it is routed once validated. Refusals are 422 problems located on their fields; a number already
 * used by the supplier (rejected invoices included) is a 409 DOUBLON, enforced by a unique index.
 */
export async function envoyerFacture(
  ctx: Pick<AppContext, 'config' | 'db' | 'stockage' | 'file' | 'mailer'>,
  utilisateurId: number,
  factureId: number,
  tentative = 1,
): Promise<ConfirmationDepot> {
  const f = await trouverFactureEmise(ctx.db, utilisateurId, factureId, { brouillon: true });
  const normalisee = factureDeReference(f);
  const constats = normalisee === null ? [] : validerFacture(normalisee);
  const problemes = controlerEnvoi(f, jourDepot(), normalisee, constats, await serviceValideur(ctx, f));
  if (problemes.length > 0) throw refusDepot(problemes);
  // Both checked by controlerEnvoi: present once there is no problem.
  const numero = (f.numero ?? '').trim();
  const destinataire = f.destinataire as NonNullable<typeof f.destinataire>;
  if (await ctx.db.facture.findFirst({ where: { fournisseurId: f.fournisseurId, numeroConsomme: numero } })) {
    throw doublon(numero);
  }
  const pdfGenere = f.mode === 'SAISIE' && normalisee ? await genererFacturX(normalisee) : null;
  // Stored outside the transaction; if the send fails, the collector takes it back.
  const contenuGenere = pdfGenere ? await ctx.stockage.enregistrer(source(pdfGenere)) : null;
  const original = f.documents.find((d) => d.role === 'ORIGINAL');
  const empreinteDocument = contenuGenere?.sha256 ?? original?.sha256 ?? '';
  const action = actionDeDepot(f.cadre);
  const depot = appliquerAction('BROUILLON', action, 'FOURNISSEUR');
  // The lifecycle table allows both from a draft: a refusal here is a wiring error.
  if (!depot.ok) throw new Error(depot.message);
  const statut = depot.statut;
  const dateDepot = new Date();
  const numeroDansLePortail = numeroPortail(dateDepot.getUTCFullYear(), randomBytes(OCTETS_NUMERO_PORTAIL));
  const empreinte = sha256(
    [
      empreinteDocument,
      numeroDansLePortail,
      f.fournisseur.identifiant,
      numero,
      f.dateFacture?.toISOString().slice(0, 10),
      f.montantTtc?.toFixed(2),
      dateDepot.toISOString(),
    ].join('\n'),
  );
  try {
    await ctx.db.$transaction(async (tx) => {
      if (contenuGenere) {
        await tx.documentFacture.create({
          data: {
            factureId: f.id,
            role: 'FACTURX_GENERE',
            nom: `${numeroDansLePortail}.pdf`,
            typeMime: 'application/pdf',
            ...contenuGenere,
          },
        });
      }
      // Conditional on the draft state: a concurrent send or deletion makes this one fail.
      const { count } = await tx.facture.updateMany({
        where: { id: f.id, statut: 'BROUILLON' },
        data: {
          statut,
          statutFournisseur: statut,
          dateDepot,
          ...(action === 'SOUMETTRE_A_VALIDATION' ? { miseAValidationLe: dateDepot } : {}),
          numeroPortail: numeroDansLePortail,
          parties: partiesChargees({ ...f, destinataire }),
          numeroConsomme: numero,
          empreinte,
          modifieParId: utilisateurId,
          ...(pdfGenere ? { factureNormalisee: normalisee as unknown as Prisma.InputJsonValue } : {}),
        },
      });
      if (count === 0) throw modifieEntreTemps();
      await tx.historiqueFacture.create({
        data: { factureId: f.id, statut, le: dateDepot, utilisateurId, action },
      });
      if (action === 'SOUMETTRE_A_VALIDATION') {
        await notifierValideur(tx, ctx.config.publicUrl, {
          ...f,
          numeroPortail: numeroDansLePortail,
          numero,
        });
      } else {
        // Routing is a job sent in this transaction: it exists if and only if the deposit does.
        await fileDe(ctx).acheminer(tx, f.id);
      }
    });
  } catch (erreur) {
    // Nothing was written: draw another portal number (one chance in 2⁴⁰ per invoice).
    if (collisionNumeroPortail(erreur) && tentative < TENTATIVES_NUMERO_PORTAIL) {
      return envoyerFacture(ctx, utilisateurId, factureId, tentative + 1);
    }
    // Two sends of the same number at once: the unique index decides.
    if ((erreur as { code?: string }).code === 'P2002') throw doublon(numero);
    throw erreur;
  }
  if (action === 'SOUMETTRE_A_VALIDATION') ctx.mailer.wake();

  return {
    id: f.id,
    numeroPortail: numeroDansLePortail,
    statut,
    dateDepot: dateDepot.toISOString(),
    empreinte,
    numero,
    montantTtc: f.montantTtc?.toFixed(2) ?? '0.00',
    devise: f.devise,
    fournisseur: { identifiant: f.fournisseur.identifiant, raisonSociale: f.fournisseur.raisonSociale },
    destinataire: {
      identifiant: destinataire.identifiant,
      raisonSociale: destinataire.raisonSociale,
      codeService: f.service?.code ?? null,
    },
    avertissements: constats.filter((c) => c.severite === 'avertissement'),
  };
}
