import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { ErreurDp, ErreurTechnique } from '@choral/contracts';
import type { Flux } from '@choral/db';
import { ErreurMetier } from '@choral/domain/erreurs';
import {
  ETATS_FLUX_FINAUX,
  estSyntaxeFlux,
  etatFinalFlux,
  formatConforme,
  LIBELLE_FORMAT_FLUX,
  SYNTAXES_FLUX,
} from '@choral/domain/flux';
import type { ContexteTravaux } from '../../app-context.ts';
import { depaqueterFlux, type EntreeFlux, FluxIllisible } from '../../documents/depaqueter-flux.ts';
import type { LecteurFactures } from '../../documents/lecteur-factures.ts';
import { deposerFichier } from '../factures/deposer-fichier.ts';
import { envoyerFacture } from '../factures/envoyer-facture.ts';
import { supprimerBrouillon } from '../factures/supprimer-brouillon.ts';

/** An entry of listeErreurDP, with the place of the invoice in its flux (a replay skips it). */
export type ErreurDpRang = ErreurDp & { rang: number };

type Contexte = Pick<ContexteTravaux, 'config' | 'db' | 'mailer' | 'stockage' | 'file'>;

/** The French explanation of a refusal: its message, then each field's. */
function libelle(erreur: ErreurMetier): string {
  const details = erreur.champs
    .filter((c) => c.message !== erreur.message)
    .map((c) => `${c.champ.replace(/^\//, '')} : ${c.message}`);

  return [erreur.message, ...details].join(' ; ');
}

/**
 * The integration job of a flux: IN_EN_COURS_TRAITEMENT_CPP, then each invoice of the file goes
 * through the portal's own deposit (reading, every deposit check, routing) as the flux's
 * depositor; a refused one is explained in listeErreurDP. It ends IN_INTEGRE, IN_INTEGRE_PARTIEL
 * or IN_REJETE. Replayed after a crash it takes up each invoice where it was: an invoice is
 * created with its place in the flux (unique), an error recorded with it, so none is doubled.
 */
export async function integrerFlux(ctx: Contexte, lecteur: LecteurFactures, fluxId: number): Promise<void> {
  const flux = await ctx.db.flux.findUnique({ where: { id: fluxId }, include: { structure: true } });
  if (!flux || ETATS_FLUX_FINAUX.has(flux.etat)) return;
  await ctx.db.flux.update({
    where: { id: flux.id },
    data: { etat: 'IN_EN_COURS_TRAITEMENT_CPP', dateEtat: new Date() },
  });
  const lecture = await ctx.stockage.lire(flux.sha256);
  if (!lecture) throw new Error(`Fichier du flux ${flux.numero} absent du stockage.`);
  let entrees: EntreeFlux[];
  try {
    entrees = await depaqueterFlux(flux.nomFichier, await buffer(lecture));
  } catch (erreur) {
    if (!(erreur instanceof FluxIllisible)) throw erreur;
    await terminer(ctx, flux.id, 'IN_REJETE', 0, [
      { codeErreur: 'FLUX_ILLISIBLE', libelleErreur: erreur.message, natureErreur: 'TECHNIQUE' },
    ]);
    return;
  }
  if (entrees.length === 0) {
    await terminer(ctx, flux.id, 'IN_REJETE', 0, [
      {
        codeErreur: 'FLUX_VIDE',
        libelleErreur: 'Le lot ne contient aucune facture.',
        natureErreur: 'TECHNIQUE',
      },
    ]);
    return;
  }

  const erreurs = flux.erreursDp as ErreurDpRang[];
  let integrees = 0;
  for (const [rang, entree] of entrees.entries()) {
    if (erreurs.some((e) => e.rang === rang)) continue;
    const erreur = await integrerFacture(ctx, lecteur, flux, rang, entree);
    if (!erreur) {
      integrees += 1;
      continue;
    }
    erreurs.push({ rang, ...erreur });
    await ctx.db.flux.update({ where: { id: flux.id }, data: { erreursDp: erreurs } });
  }
  await terminer(ctx, flux.id, etatFinalFlux(integrees, erreurs.length), entrees.length, []);
}

/** One invoice of the flux, deposited and sent; its listeErreurDP entry if it is refused. */
async function integrerFacture(
  ctx: Contexte,
  lecteur: LecteurFactures,
  flux: Flux & { structure: { identifiant: string } },
  rang: number,
  entree: EntreeFlux,
): Promise<ErreurDp | null> {
  const deja = await ctx.db.facture.findUnique({
    where: { fluxId_rangFlux: { fluxId: flux.id, rangFlux: rang } },
    select: { id: true, statut: true, numero: true, destinataire: { select: { identifiant: true } } },
  });
  // Sent before a crash: integrated already.
  if (deja && deja.statut !== 'BROUILLON') return null;
  let brouillon = deja
    ? { id: deja.id, numero: deja.numero, destinataire: deja.destinataire?.identifiant ?? null }
    : null;
  try {
    if (!brouillon) {
      const depose = await deposerFichier(ctx, lecteur, flux.deposeParId, {
        structureId: flux.structureId,
        cadre: 'A1',
        fichier: { nom: entree.nom, flux: Readable.from([entree.octets]) },
        origine: { fluxId: flux.id, rang },
      });
      brouillon = {
        id: depose.id,
        numero: depose.identification.numero,
        destinataire: depose.destinataire.identifiant,
      };
      const syntaxe = flux.syntaxe;
      if (estSyntaxeFlux(syntaxe) && !formatConforme(syntaxe, depose.formatOrigine ?? '')) {
        throw new ErreurMetier(
          'REGLE_METIER',
          `Le fichier « ${entree.nom} » n’est pas ${LIBELLE_FORMAT_FLUX[SYNTAXES_FLUX[syntaxe].format]}, comme l’annonce la syntaxe ${syntaxe}.`,
        );
      }
    }
    await envoyerFacture(ctx, flux.deposeParId, brouillon.id);

    return null;
  } catch (erreur) {
    // A technical failure fails the job, retried; only a refusal is the invoice's error.
    if (!(erreur instanceof ErreurMetier)) throw erreur;
    if (brouillon) await supprimerBrouillon(ctx, flux.deposeParId, brouillon.id);

    return {
      identifiantFournisseur: flux.structure.identifiant,
      identifiantDestinataire: brouillon?.destinataire ?? null,
      numeroDP: brouillon?.numero ?? null,
      libelleErreurDP: `${entree.nom} : ${libelle(erreur)}`,
    };
  }
}

async function terminer(
  ctx: Contexte,
  fluxId: number,
  etat: 'IN_INTEGRE' | 'IN_INTEGRE_PARTIEL' | 'IN_REJETE' | 'IN_INCIDENTE',
  nombreFactures: number,
  erreursTechniques: ErreurTechnique[],
): Promise<void> {
  await ctx.db.flux.update({
    where: { id: fluxId },
    data: {
      etat,
      nombreFactures,
      dateEtat: new Date(),
      ...(erreursTechniques.length ? { erreursTechniques } : {}),
    },
  });
}

/** The last try of a flux's integration failed for a technical reason: IN_INCIDENTE, to redeposit. */
export async function marquerFluxIncidente(ctx: Contexte, fluxId: number, cause: string): Promise<void> {
  await terminer(ctx, fluxId, 'IN_INCIDENTE', 0, [
    {
      codeErreur: 'ERREUR_INTERNE',
      libelleErreur: `Flux non traité : ${cause}. Déposez-le à nouveau.`,
      natureErreur: 'TECHNIQUE',
    },
  ]);
}
