import type { Service } from '@choral/db';
import {
  type ProblemeDepot,
  verifierDestinataire,
  verifierFournisseur,
  verifierSaisie,
  verifierValideur,
} from '@choral/domain/depot';
import type { FactureNormalisee } from '@choral/domain/facture';
import type { Constat } from '@choral/formats';
import { type FactureComplete, lignesStockees, recapitulatifStocke } from '../../presenters/facture.ts';
import { contexteDestinataire } from './contexte-destinataire.ts';
import { type ProblemeLocalise, pointeur } from './refus-depot.ts';

const localiser = (p: ProblemeDepot): ProblemeLocalise => ({
  code: p.code,
  pointeur: pointeur(p.champ),
  message: p.message,
});

/** `/facture/lignes[2]/montantNet` (1-based, in the normalized invoice) → `/document/lignes/1/montantNet`. */
function pointeurDocument(emplacement: string): string {
  const chemin = emplacement
    .replace(/^\/facture/, '')
    .replace(/\[(\d+)\]/g, (_, rang: string) => `/${Number(rang) - 1}`);

  return `/document${chemin}`;
}

function problemesDestinataire(f: FactureComplete, aujourdhui: string): ProblemeLocalise[] {
  if (f.destinataire === null) {
    return [
      {
        code: 'CHAMP_OBLIGATOIRE',
        pointeur: '/destinataire/identifiant',
        message: 'Choisissez la structure publique destinataire de la facture.',
      },
    ];
  }
  const contexte = contexteDestinataire(f.destinataire, f.service, {
    natureFournisseur: f.fournisseur.type,
    references: { codeService: f.service?.code ?? null, numeroEngagement: f.numeroEngagement },
    dateDepot: aujourdhui,
  });

  return verifierDestinataire(contexte).map(localiser);
}

function problemesSaisie(f: FactureComplete, aujourdhui: string): ProblemeLocalise[] {
  const montant = (valeur: { toFixed(d: number): string } | null) => valeur?.toFixed(2) ?? null;
  const problemes = verifierSaisie(
    {
      numero: f.numero,
      dateFacture: f.dateFacture?.toISOString().slice(0, 10) ?? null,
      type: f.type,
      factureOrigine: f.factureOrigine,
      montantHt: montant(f.montantHt),
      montantTva: montant(f.montantTva),
      montantTtc: montant(f.montantTtc),
      montantAPayer: montant(f.montantAPayer),
      recapitulatifTva: recapitulatifStocke(f),
    },
    aujourdhui,
  ).map(localiser);
  if (f.mode === 'SAISIE' && lignesStockees(f).length === 0) {
    problemes.push({
      code: 'CHAMP_OBLIGATOIRE',
      pointeur: '/lignes',
      message: 'Saisissez au moins une ligne de facture.',
    });
  }
  return problemes;
}

/** A9 / A12: the valideur named (and its service, read by the caller); none for other cadres. */
function problemesValideur(f: FactureComplete, serviceValideur: Service | null): ProblemeLocalise[] {
  return verifierValideur({
    cadre: f.cadre,
    identifiant: f.valideur?.identifiant ?? null,
    structure: f.valideur && { id: f.valideur.id, estActive: f.valideur.active },
    codeService: f.codeServiceValideur,
    service: serviceValideur && { estActif: serviceValideur.actif },
    fournisseurId: f.fournisseurId,
  }).map(localiser);
}

/** The deposited document's own checks: its seller is the user's structure, and EN 16931 holds. */
function problemesDocument(
  f: FactureComplete,
  normalisee: FactureNormalisee | null,
  constats: readonly Constat[],
): ProblemeLocalise[] {
  if (normalisee === null) return [];
  const fournisseur = f.mode === 'DEPOT' ? verifierFournisseur(f.fournisseur, normalisee.vendeur) : null;
  const erreurs = constats
    .filter((c) => c.severite === 'erreur')
    .map((c) => ({
      code: 'NON_CONFORME_EN16931',
      pointeur: pointeurDocument(c.emplacement),
      message: `${c.regle} : ${c.message}`,
    }));

  return [...(fournisseur ? [localiser(fournisseur)] : []), ...erreurs];
}

/**
 * Every check « Valider et envoyer » runs before a draft becomes an invoice, except the
 * duplicate number (a conflict, checked apart): recipient and routing references, the form's
 * completeness and totals, the valideur of an A9 / A12, the document's seller and its EN 16931 errors. Each problem is
 * located by a JSON Pointer into the deposit form (`/document/…` for the document itself).
 */
export function controlerEnvoi(
  f: FactureComplete,
  aujourdhui: string,
  normalisee: FactureNormalisee | null,
  constats: readonly Constat[],
  serviceValideur: Service | null = null,
): ProblemeLocalise[] {
  return [
    ...problemesDestinataire(f, aujourdhui),
    ...problemesValideur(f, serviceValideur),
    ...problemesSaisie(f, aujourdhui),
    ...problemesDocument(f, normalisee, constats),
  ];
}
