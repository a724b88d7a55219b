import type { DonneesFacture, SoumettreRequete } from '@choral/contracts';
import { DonneesFactureSchema } from '@choral/contracts';
import { ErreurMetier } from '@choral/domain/erreurs';
import type { AppContext } from '../app-context.ts';
import type { LecteurFactures } from '../documents/lecteur-factures.ts';
import { ajouterPieceJointe } from '../use-cases/factures/ajouter-piece-jointe.ts';
import { creerBrouillon } from '../use-cases/factures/creer-brouillon.ts';
import { deposerFichier } from '../use-cases/factures/deposer-fichier.ts';
import { envoyerFacture } from '../use-cases/factures/envoyer-facture.ts';
import { modifierBrouillon } from '../use-cases/factures/modifier-brouillon.ts';
import { supprimerBrouillon } from '../use-cases/factures/supprimer-brouillon.ts';
import { type AppelantApi, exigerEspace } from './acces-api.ts';
import { champInvalide } from './erreurs-cpro.ts';
import { lireFichierApi } from './fichiers-api.ts';

/** Chorus Pro's VAT rate codes (recuperer/tauxtva) → rate in %. */
export const TAUX_TVA_CPRO: Readonly<Record<string, string>> = {
  TVA1: '0',
  TVA2: '2.1',
  TVA3: '5.5',
  TVA4: '10',
  TVA5: '20',
  TVA6: '8.5',
  TVA7: '13',
};

const UNITE_ECE = /^[A-Z0-9]{1,3}$/;

function tauxDeLigne(l: SoumettreRequete['lignePoste'][number], i: number): string {
  const taux =
    l.lignePosteTauxTvaManuel ?? (l.lignePosteTauxTva ? TAUX_TVA_CPRO[l.lignePosteTauxTva] : undefined);
  if (taux === undefined) {
    throw champInvalide(
      `lignePoste[${i}].lignePosteTauxTvaManuel`,
      'taux de TVA absent (lignePosteTauxTva ou lignePosteTauxTvaManuel).',
    );
  }

  return taux;
}

/** The Chorus field names → the portal's deposit form (the same checks apply at submission). */
function donneesFormulaire(r: SoumettreRequete, numero: string | null): DonneesFacture {
  const resultat = DonneesFactureSchema.safeParse({
    cadre: r.cadreDeFacturation.codeCadreFacturation,
    identification: {
      numero,
      dateFacture: r.dateFacture ?? null,
      type: r.references.typeFacture ?? 'FACTURE',
      devise: r.references.deviseFacture ?? 'EUR',
    },
    destinataire: {
      identifiant: r.destinataire.codeDestinataire,
      codeService: r.destinataire.codeServiceExecutant ?? null,
    },
    valideur: {
      identifiant: r.cadreDeFacturation.codeStructureValideur ?? null,
      codeService: r.cadreDeFacturation.codeServiceValideur ?? null,
    },
    references: {
      numeroEngagement: r.references.numeroBonCommande ?? null,
      numeroMarche: r.references.numeroMarche ?? null,
      factureOrigine: r.references.numeroFactureOrigine ?? null,
    },
    montants: {
      montantHt: r.montantTotal.montantHtTotal ?? null,
      montantTva: r.montantTotal.montantTVA ?? null,
      montantTtc: r.montantTotal.montantTtcTotal ?? null,
      montantAPayer: r.montantTotal.montantAPayer ?? null,
    },
    recapitulatifTva: r.ligneTva.map((l) => ({
      taux: l.ligneTvaTauxManuel ?? TAUX_TVA_CPRO[l.ligneTvaTaux ?? ''] ?? '',
      baseHt: l.ligneTvaMontantBaseHtParTaux,
      montantTva: l.ligneTvaMontantTvaParTaux,
    })),
    lignes: r.lignePoste.map((l, i) => ({
      designation: l.lignePosteDenomination,
      quantite: l.lignePosteQuantite,
      unite: l.lignePosteUnite && UNITE_ECE.test(l.lignePosteUnite) ? l.lignePosteUnite : 'C62',
      prixUnitaireHt: l.lignePosteMontantUnitaireHT,
      remise:
        l.lignePosteMontantRemiseHT && Number(l.lignePosteMontantRemiseHT) !== 0
          ? l.lignePosteMontantRemiseHT
          : null,
      tauxTva: tauxDeLigne(l, i),
    })),
    commentaire: r.commentaire ?? null,
  });
  if (!resultat.success) {
    const champs = resultat.error.issues.map((i) => ({ champ: `/${i.path.join('/')}`, message: i.message }));
    throw new ErreurMetier('REQUETE_INVALIDE', 'Données de facture invalides.', { champs });
  }

  return resultat.data;
}

/** SAISIE_API numbers, as Chorus Pro's: the year then 16 digits, from a counter of the database. */
async function numeroGenere(ctx: AppContext): Promise<string> {
  const [{ n }] = await ctx.db.$queryRaw<[{ n: bigint }]>`SELECT nextval('numero_facture_saisie_api') AS n`;

  return `${new Date().getUTCFullYear()}${String(n).padStart(16, '0')}`;
}

/**
 * `soumettre` (numeroFactureSaisi is ignored for SAISIE_API: Choral numbers it): the portal's own deposit, step by step — a draft (typed, or read from the PDF of
 * `pieceJointePrincipaleId`), its attachments, then « Valider et envoyer » with every deposit
 * check. If any step refuses, the draft is deleted: a refused call leaves nothing behind.
 */
export async function soumettre(
  ctx: AppContext,
  lecteur: LecteurFactures,
  a: AppelantApi,
  r: SoumettreRequete,
) {
  exigerEspace(a, 'FACTURES_EMISES');
  const structureId = r.fournisseur.idFournisseur;
  const saisie = r.modeDepot === 'SAISIE_API';
  const numeroSaisi = r.numeroFactureSaisi?.trim() || null;
  if (!saisie && !numeroSaisi) throw champInvalide('numeroFactureSaisi', 'obligatoire pour un dépôt PDF.');
  const principale = r.pieceJointePrincipale[0];
  if (!saisie && !principale)
    throw champInvalide('pieceJointePrincipale', 'la facture PDF (pieceJointePrincipaleId) est obligatoire.');
  const pieces = await Promise.all(
    r.pieceJointeComplementaire.map(async (p) => ({
      designation: p.pieceJointeComplementaireDesignation ?? 'Pièce jointe',
      fichier: await lireFichierApi(ctx, a, p.pieceJointeComplementaireId),
    })),
  );
  const donnees = donneesFormulaire(r, numeroSaisi);
  // A typed invoice is created complete, its number included; a PDF's draft holds what was read
  // from the file, then the call's fields replace it.
  const brouillon = saisie
    ? await creerBrouillon(ctx, a.utilisateurId, structureId, {
        ...donnees,
        identification: { ...donnees.identification, numero: await numeroGenere(ctx) },
      })
    : await deposerFichier(ctx, lecteur, a.utilisateurId, {
        structureId,
        cadre: donnees.cadre,
        fichier: await lireFichierApi(
          ctx,
          a,
          (principale as NonNullable<typeof principale>).pieceJointePrincipaleId,
        ),
      });
  try {
    if (!saisie) await modifierBrouillon(ctx, a.utilisateurId, brouillon.id, donnees);
    for (const piece of pieces) {
      await ajouterPieceJointe(ctx, a.utilisateurId, brouillon.id, { ...piece, type: 'AUTRE' });
    }

    return await envoyerFacture(ctx, a.utilisateurId, brouillon.id);
  } catch (erreur) {
    await supprimerBrouillon(ctx, a.utilisateurId, brouillon.id).catch(() => undefined);
    throw erreur;
  }
}
