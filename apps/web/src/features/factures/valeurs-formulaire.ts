import { cadreAvecValideur, type ModeDepotSchema } from '@choral/contracts';
import type { z } from 'zod';
import type { FactureLue } from './api';

/*
 * The invoice form holds flat values named by their path in `DonneesFactureSchema`
 * (`identification.numero`, `lignes.0.quantite`): `useForm` then places the schema's and the
 * server's problems (JSON pointers) next to the right field.
 */
export type Valeurs = Record<string, string>;
export type Mode = z.infer<typeof ModeDepotSchema>;

export const CHAMPS_LIGNE = [
  'designation',
  'quantite',
  'unite',
  'prixUnitaireHt',
  'remise',
  'tauxTva',
] as const;
export const CHAMPS_TVA = ['taux', 'baseHt', 'montantTva'] as const;
export type ChampLigne = (typeof CHAMPS_LIGNE)[number];
export type ChampTva = (typeof CHAMPS_TVA)[number];

const LABELS_LIGNE: Record<ChampLigne, string> = {
  designation: 'Désignation',
  quantite: 'Quantité',
  unite: 'Unité',
  prixUnitaireHt: 'Prix unitaire HT',
  remise: 'Remise HT',
  tauxTva: 'Taux de TVA (%)',
};
const LABELS_TVA: Record<ChampTva, string> = {
  taux: 'Taux (%)',
  baseHt: 'Base HT',
  montantTva: 'TVA',
};

export const labelsFixes = {
  cadre: 'Cadre de facturation',
  'identification.numero': 'Numéro de facture',
  'identification.dateFacture': 'Date de facture',
  'identification.type': 'Type',
  'identification.devise': 'Devise',
  'destinataire.identifiant': 'Structure destinataire',
  'destinataire.codeService': 'Service destinataire',
  'valideur.identifiant': 'Identifiant (SIRET) du valideur',
  'valideur.codeService': 'Service du valideur',
  'fournisseur.identifiant': 'Identifiant du fournisseur',
  'references.numeroEngagement': 'Numéro d’engagement',
  'references.numeroMarche': 'Numéro de marché',
  'references.factureOrigine': 'Numéro de la facture d’origine',
  'montants.montantHt': 'Montant HT',
  'montants.montantTva': 'Montant de TVA',
  'montants.montantTtc': 'Montant TTC',
  'montants.montantAPayer': 'Montant à payer',
  recapitulatifTva: 'Récapitulatif de TVA',
  lignes: 'Lignes de la facture',
  commentaire: 'Commentaire',
} as const;

export const cleLigne = (index: number, champ: ChampLigne) => `lignes.${index}.${champ}`;
export const cleTva = (index: number, champ: ChampTva) => `recapitulatifTva.${index}.${champ}`;

/** Number of rows of a list (`lignes`, `recapitulatifTva`) held in the values. */
export function nombreDeLignes(valeurs: Valeurs, liste: 'lignes' | 'recapitulatifTva'): number {
  const premier = liste === 'lignes' ? 'designation' : 'taux';
  let n = 0;
  while (`${liste}.${n}.${premier}` in valeurs) n += 1;
  return n;
}

/** Every field's name as the error summary shows it, rows included (« Ligne 2 — Quantité »). */
export function labelsDe(valeurs: Valeurs, mode: Mode): Record<string, string> {
  const labels: Record<string, string> = { ...labelsFixes };
  if (mode === 'SAISIE') {
    for (let i = 0; i < nombreDeLignes(valeurs, 'lignes'); i += 1) {
      for (const champ of CHAMPS_LIGNE)
        labels[cleLigne(i, champ)] = `Ligne ${i + 1} — ${LABELS_LIGNE[champ]}`;
    }
  } else {
    for (let i = 0; i < nombreDeLignes(valeurs, 'recapitulatifTva'); i += 1) {
      for (const champ of CHAMPS_TVA) labels[cleTva(i, champ)] = `TVA ${i + 1} — ${LABELS_TVA[champ]}`;
    }
  }
  return labels;
}

export const labelLigne = (champ: ChampLigne) => LABELS_LIGNE[champ];
export const labelTva = (champ: ChampTva) => LABELS_TVA[champ];

/** Preset on a new line: the unit and the standard rate, which the user may change. */
const DEFAUTS_LIGNE: Partial<Record<ChampLigne, string>> = { unite: 'C62', tauxTva: '20' };

export function ligneVide(index: number): Valeurs {
  return Object.fromEntries(
    CHAMPS_LIGNE.map((champ) => [cleLigne(index, champ), DEFAUTS_LIGNE[champ] ?? '']),
  );
}

export function tvaVide(index: number): Valeurs {
  return Object.fromEntries(CHAMPS_TVA.map((champ) => [cleTva(index, champ), '']));
}

/** The form's values for an invoice (a new manual entry when `facture` is null). */
export function valeursDe(facture: FactureLue | null, fournisseurIdentifiant: string): Valeurs {
  const valeurs: Valeurs = {
    cadre: facture?.cadre ?? 'A1',
    'identification.numero': facture?.identification.numero ?? '',
    'identification.dateFacture': facture?.identification.dateFacture ?? '',
    'identification.type': facture?.identification.type ?? 'FACTURE',
    'identification.devise': facture?.identification.devise ?? 'EUR',
    'destinataire.identifiant': facture?.destinataire.identifiant ?? '',
    'destinataire.codeService': facture?.destinataire.codeService ?? '',
    'valideur.identifiant': facture?.valideur?.identifiant ?? '',
    'valideur.codeService': facture?.valideur?.codeService ?? '',
    'fournisseur.identifiant': fournisseurIdentifiant,
    'references.numeroEngagement': facture?.references.numeroEngagement ?? '',
    'references.numeroMarche': facture?.references.numeroMarche ?? '',
    'references.factureOrigine': facture?.references.factureOrigine ?? '',
    commentaire: facture?.commentaire ?? '',
  };
  if ((facture?.mode ?? 'SAISIE') === 'SAISIE') {
    const lignes = facture?.lignes ?? [];
    if (lignes.length === 0) return { ...valeurs, ...ligneVide(0) };
    lignes.forEach((ligne, i) => {
      for (const champ of CHAMPS_LIGNE) valeurs[cleLigne(i, champ)] = ligne[champ] ?? '';
    });
    return valeurs;
  }
  const { montants } = facture ?? { montants: null };
  valeurs['montants.montantHt'] = montants?.montantHt ?? '';
  valeurs['montants.montantTva'] = montants?.montantTva ?? '';
  valeurs['montants.montantTtc'] = montants?.montantTtc ?? '';
  valeurs['montants.montantAPayer'] = montants?.montantAPayer ?? '';
  const recapitulatif = facture?.recapitulatifTva ?? [];
  if (recapitulatif.length === 0) return { ...valeurs, ...tvaVide(0) };
  recapitulatif.forEach((ligne, i) => {
    for (const champ of CHAMPS_TVA) valeurs[cleTva(i, champ)] = ligne[champ];
  });
  return valeurs;
}

const ouNull = (valeur: string | undefined): string | null => (valeur?.trim() ? valeur : null);

/**
 * Rows up to the last one with something typed in: trailing blank rows (the empty line of a new
 * entry) are not sent, and the rows sent keep their index, which the server's pointers use.
 */
function lignesRemplies(valeurs: Valeurs, liste: 'lignes' | 'recapitulatifTva', champs: readonly string[]) {
  const indices = Array.from({ length: nombreDeLignes(valeurs, liste) }, (_, i) => i);
  const remplie = (i: number) => champs.some((champ) => valeurs[`${liste}.${i}.${champ}`]?.trim());
  const derniere = indices.findLast(remplie) ?? -1;
  return indices.slice(0, derniere + 1);
}

/** The values as `DonneesFactureSchema` reads them. */
export function donneesDe(valeurs: Valeurs, mode: Mode): unknown {
  const v = (cle: string) => valeurs[cle] ?? '';
  const saisie = mode === 'SAISIE';
  const lignes = saisie
    ? lignesRemplies(
        valeurs,
        'lignes',
        CHAMPS_LIGNE.filter((c) => !(c in DEFAUTS_LIGNE)),
      ).map((i) => ({
        designation: v(cleLigne(i, 'designation')),
        quantite: v(cleLigne(i, 'quantite')),
        unite: v(cleLigne(i, 'unite')) || 'C62',
        prixUnitaireHt: v(cleLigne(i, 'prixUnitaireHt')),
        remise: ouNull(v(cleLigne(i, 'remise'))),
        tauxTva: v(cleLigne(i, 'tauxTva')),
      }))
    : [];
  const recapitulatifTva = saisie
    ? []
    : lignesRemplies(valeurs, 'recapitulatifTva', CHAMPS_TVA).map((i) => ({
        taux: v(cleTva(i, 'taux')),
        baseHt: v(cleTva(i, 'baseHt')),
        montantTva: v(cleTva(i, 'montantTva')),
      }));
  return {
    cadre: v('cadre'),
    identification: {
      numero: ouNull(v('identification.numero')),
      dateFacture: ouNull(v('identification.dateFacture')),
      type: v('identification.type'),
      devise: v('identification.devise'),
    },
    destinataire: {
      identifiant: ouNull(v('destinataire.identifiant')),
      codeService: ouNull(v('destinataire.codeService')),
    },
    // Only A9 / A12 name a valideur: another cadre chosen meanwhile leaves it out.
    valideur: cadreAvecValideur(v('cadre'))
      ? { identifiant: ouNull(v('valideur.identifiant')), codeService: ouNull(v('valideur.codeService')) }
      : {},
    references: {
      numeroEngagement: ouNull(v('references.numeroEngagement')),
      numeroMarche: ouNull(v('references.numeroMarche')),
      factureOrigine: ouNull(v('references.factureOrigine')),
    },
    montants: saisie
      ? {}
      : {
          montantHt: ouNull(v('montants.montantHt')),
          montantTva: ouNull(v('montants.montantTva')),
          montantTtc: ouNull(v('montants.montantTtc')),
          montantAPayer: ouNull(v('montants.montantAPayer')),
        },
    recapitulatifTva,
    lignes,
    commentaire: ouNull(v('commentaire')),
  };
}

/** The values without row `index` of `liste`: the rows after it move up. */
export function sansLigne(valeurs: Valeurs, liste: 'lignes' | 'recapitulatifTva', index: number): Valeurs {
  const champs: readonly string[] = liste === 'lignes' ? CHAMPS_LIGNE : CHAMPS_TVA;
  const n = nombreDeLignes(valeurs, liste);
  const suivantes = { ...valeurs };
  for (let i = index; i < n; i += 1) {
    for (const champ of champs) {
      const apres = valeurs[`${liste}.${i + 1}.${champ}`];
      if (apres === undefined) delete suivantes[`${liste}.${i}.${champ}`];
      else suivantes[`${liste}.${i}.${champ}`] = apres;
    }
  }
  return suivantes;
}
