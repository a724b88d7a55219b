import { arrondir, type ValeurDecimale, versDecimal } from '@choral/domain/facture';
import { Decimal } from 'decimal.js';
import type { ContexteValidation } from './contexte.ts';
import { PAYS_ISO_3166 } from './listes-codes.ts';

/** How EN 16931 constrains one VAT category (rules BR-x-01 … BR-x-10). */
interface RegleCategorie {
  prefixe: string;
  libelle: string;
  /** BR-x-01: exactly one breakdown row (otherwise at least one, one per rate). */
  ligneUnique: boolean;
  /** BR-x-02 … 04: VAT ids required ("vendeur", "vendeur et acheteur") or forbidden ("aucun"). */
  numerosTva: 'vendeur' | 'vendeur-et-acheteur' | 'reverse-charge' | 'aucun';
  /** BR-x-05 … 07 */
  taux: 'positif' | 'zero' | 'absent' | 'positif-ou-zero';
  /** BR-x-09: the row's VAT is zero (else computed from the rate). */
  taxeNulle: boolean;
  /** BR-x-10: exemption reason forbidden or mandatory. */
  exoneration: 'interdite' | 'obligatoire';
}

const CATEGORIES: Readonly<Record<string, RegleCategorie>> = {
  S: {
    prefixe: 'BR-S',
    libelle: 'taux normal (S)',
    ligneUnique: false,
    numerosTva: 'vendeur',
    taux: 'positif',
    taxeNulle: false,
    exoneration: 'interdite',
  },
  Z: {
    prefixe: 'BR-Z',
    libelle: 'taux zéro (Z)',
    ligneUnique: true,
    numerosTva: 'vendeur',
    taux: 'zero',
    taxeNulle: true,
    exoneration: 'interdite',
  },
  E: {
    prefixe: 'BR-E',
    libelle: 'exonérée (E)',
    ligneUnique: true,
    numerosTva: 'vendeur',
    taux: 'zero',
    taxeNulle: true,
    exoneration: 'obligatoire',
  },
  AE: {
    prefixe: 'BR-AE',
    libelle: 'autoliquidation (AE)',
    ligneUnique: true,
    numerosTva: 'reverse-charge',
    taux: 'zero',
    taxeNulle: true,
    exoneration: 'obligatoire',
  },
  K: {
    prefixe: 'BR-IC',
    libelle: 'livraison intracommunautaire (K)',
    ligneUnique: true,
    numerosTva: 'vendeur-et-acheteur',
    taux: 'zero',
    taxeNulle: true,
    exoneration: 'obligatoire',
  },
  G: {
    prefixe: 'BR-G',
    libelle: 'exportation hors UE (G)',
    ligneUnique: true,
    numerosTva: 'vendeur',
    taux: 'zero',
    taxeNulle: true,
    exoneration: 'obligatoire',
  },
  O: {
    prefixe: 'BR-O',
    libelle: 'hors champ de la TVA (O)',
    ligneUnique: true,
    numerosTva: 'aucun',
    taux: 'absent',
    taxeNulle: true,
    exoneration: 'obligatoire',
  },
  L: {
    prefixe: 'BR-AF',
    libelle: 'IGIC des Canaries (L)',
    ligneUnique: false,
    numerosTva: 'vendeur',
    taux: 'positif-ou-zero',
    taxeNulle: false,
    exoneration: 'interdite',
  },
  M: {
    prefixe: 'BR-AG',
    libelle: 'IPSI de Ceuta et Melilla (M)',
    ligneUnique: false,
    numerosTva: 'vendeur',
    taux: 'positif-ou-zero',
    taxeNulle: false,
    exoneration: 'interdite',
  },
};

interface Usage {
  categorie: string | null;
  taux: ValeurDecimale | null;
  montant: ValeurDecimale | null;
  signe: 1 | -1;
  emplacement: string;
  /** 05 for lines, 06 for allowances, 07 for charges; 02/03/04 likewise for VAT ids. */
  rang: 0 | 1 | 2;
}

function tauxConforme(taux: ValeurDecimale | null, attendu: RegleCategorie['taux']): boolean {
  if (attendu === 'absent') return taux === null;
  if (taux === null) return false;
  const valeur = new Decimal(taux);
  if (attendu === 'zero') return valeur.isZero();
  if (attendu === 'positif') return valeur.gt(0);
  return valeur.gte(0);
}

const LIBELLE_TAUX: Readonly<Record<RegleCategorie['taux'], string>> = {
  positif: 'un taux strictement positif',
  zero: 'un taux de 0',
  absent: 'aucun taux',
  'positif-ou-zero': 'un taux positif ou nul',
};

function numerosTvaConformes(contexte: ContexteValidation, regle: RegleCategorie): boolean {
  const { vendeur, acheteur } = contexte.facture;
  switch (regle.numerosTva) {
    case 'aucun':
      return vendeur.numeroTva === null && acheteur.numeroTva === null;
    case 'vendeur':
      return vendeur.numeroTva !== null || vendeur.identifiantFiscal !== null;
    case 'vendeur-et-acheteur':
      return vendeur.numeroTva !== null && acheteur.numeroTva !== null;
    case 'reverse-charge':
      return (
        vendeur.numeroTva !== null && (acheteur.numeroTva !== null || acheteur.identifiantLegal !== null)
      );
  }
}

const LIBELLE_NUMEROS: Readonly<Record<RegleCategorie['numerosTva'], string>> = {
  aucun: "ni le vendeur ni l'acheteur ne doivent indiquer de numéro de TVA",
  vendeur: 'le numéro de TVA du vendeur (BT-31) est obligatoire',
  'vendeur-et-acheteur': "les numéros de TVA du vendeur et de l'acheteur sont obligatoires",
  'reverse-charge':
    "le numéro de TVA du vendeur et celui (ou l'identifiant légal) de l'acheteur sont obligatoires",
};

function usages(contexte: ContexteValidation): Usage[] {
  return [
    ...contexte.lignesComptables.map(
      ({ ligne, emplacement }): Usage => ({
        categorie: ligne.categorieTva,
        taux: ligne.tauxTva,
        montant: ligne.montantNet,
        signe: 1,
        emplacement,
        rang: 0,
      }),
    ),
    ...contexte.facture.remisesEtFrais.map(
      (element, i): Usage => ({
        categorie: element.categorieTva,
        taux: element.tauxTva,
        montant: element.montant,
        signe: element.nature === 'remise' ? -1 : 1,
        emplacement: `/facture/remisesEtFrais[${i + 1}]`,
        rang: element.nature === 'remise' ? 1 : 2,
      }),
    ),
  ];
}

function numero(rang: number): string {
  return String(rang).padStart(2, '0');
}

/** VAT breakdown rows (BR-45 … BR-48), VAT id prefixes (BR-CO-09) and per-category rules. */
export function verifierTva(contexte: ContexteValidation): void {
  const { facture: f, constats: c, sansLignes } = contexte;
  f.ventilationTva.forEach((ligne, i) => {
    const lieu = `/facture/ventilationTva[${i + 1}]`;
    c.verifier(
      ligne.baseImposable !== null,
      'BR-45',
      `La ligne de ventilation de TVA ${i + 1} n'a pas de base imposable (BT-116).`,
      `${lieu}/baseImposable`,
    );
    c.verifier(
      ligne.montant !== null,
      'BR-46',
      `La ligne de ventilation de TVA ${i + 1} n'a pas de montant de TVA (BT-117).`,
      `${lieu}/montant`,
    );
    c.verifier(
      ligne.categorie !== null,
      'BR-47',
      `La ligne de ventilation de TVA ${i + 1} n'a pas de catégorie (BT-118).`,
      `${lieu}/categorie`,
    );
    c.verifier(
      ligne.taux !== null || ligne.categorie === 'O',
      'BR-48',
      `La ligne de ventilation de TVA ${i + 1} n'a pas de taux (BT-119).`,
      `${lieu}/taux`,
    );
  });
  for (const [role, partie] of [
    ['vendeur', f.vendeur],
    ['acheteur', f.acheteur],
  ] as const) {
    const prefixe = partie.numeroTva?.replace(/\s/g, '').slice(0, 2).toUpperCase();
    c.verifier(
      prefixe === undefined || prefixe === 'EL' || PAYS_ISO_3166.has(prefixe),
      'BR-CO-09',
      `Le numéro de TVA du ${role} (${partie.numeroTva}) doit commencer par un code pays ISO 3166 (EL pour la Grèce).`,
      `/facture/${role}/numeroTva`,
    );
  }

  const tous = usages(contexte);
  const categoriesUtilisees = new Set([
    ...tous.map((u) => u.categorie),
    ...f.ventilationTva.map((ligne) => ligne.categorie),
  ]);
  for (const [code, regle] of Object.entries(CATEGORIES)) {
    const concernes = tous.filter((u) => u.categorie === code);
    const lignesVentilation = f.ventilationTva
      .map((ligne, i) => ({ ligne, lieu: `/facture/ventilationTva[${i + 1}]` }))
      .filter(({ ligne }) => ligne.categorie === code);
    if (concernes.length === 0 && lignesVentilation.length === 0) continue;
    const p = regle.prefixe;

    if (concernes.length > 0 && !sansLignes) {
      c.verifier(
        regle.ligneUnique ? lignesVentilation.length === 1 : lignesVentilation.length >= 1,
        `${p}-01`,
        `La catégorie ${regle.libelle} est utilisée : la ventilation de TVA doit en comporter ${regle.ligneUnique ? 'exactement une' : 'au moins une'} ligne.`,
        '/facture/ventilationTva',
      );
    }
    for (const rang of new Set(concernes.map((u) => u.rang))) {
      c.verifier(
        numerosTvaConformes(contexte, regle),
        `${p}-${numero(2 + rang)}`,
        `Catégorie ${regle.libelle} : ${LIBELLE_NUMEROS[regle.numerosTva]}.`,
        '/facture/vendeur/numeroTva',
      );
    }
    for (const usage of concernes) {
      c.verifier(
        tauxConforme(usage.taux, regle.taux),
        `${p}-${numero(5 + usage.rang)}`,
        `Catégorie ${regle.libelle} : ${LIBELLE_TAUX[regle.taux]} est attendu (${usage.taux ?? 'absent'}).`,
        `${usage.emplacement}/tauxTva`,
      );
    }
    for (const { ligne, lieu } of lignesVentilation) {
      if (!sansLignes) {
        // BR-x-08: the row basis equals the category's line nets + charges − allowances (per rate for S, L, M).
        const parTaux = !regle.taxeNulle;
        const base = concernes
          .filter(
            (u) =>
              !parTaux || (u.taux !== null && ligne.taux !== null && new Decimal(u.taux).equals(ligne.taux)),
          )
          .reduce(
            (total, u) => (u.montant === null ? total : total.plus(new Decimal(u.montant).times(u.signe))),
            new Decimal(0),
          );
        c.verifier(
          ligne.baseImposable === null || arrondir(base).minus(ligne.baseImposable).abs().lt(1),
          `${p}-08`,
          `Ventilation ${regle.libelle} : la base imposable ${ligne.baseImposable} devrait valoir ${arrondir(base).toFixed(2)} (lignes + frais − remises).`,
          `${lieu}/baseImposable`,
        );
      }
      if (regle.taxeNulle) {
        c.verifier(
          ligne.montant === null || versDecimal(ligne.montant).isZero(),
          `${p}-09`,
          `Ventilation ${regle.libelle} : le montant de TVA doit être nul (${ligne.montant}).`,
          `${lieu}/montant`,
        );
      }
      const motif = ligne.motifExoneration !== null || ligne.codeMotifExoneration !== null;
      c.verifier(
        regle.exoneration === 'obligatoire' ? motif : !motif,
        `${p}-10`,
        regle.exoneration === 'obligatoire'
          ? `Ventilation ${regle.libelle} : un motif d'exonération (BT-120 ou BT-121) est obligatoire.`
          : `Ventilation ${regle.libelle} : aucun motif d'exonération n'est admis.`,
        `${lieu}/motifExoneration`,
        // Seen in real files (UC10) on S rows: an informative text, not an exemption.
        regle.exoneration === 'interdite' ? 'avertissement' : 'erreur',
      );
    }
    if (code === 'K' && concernes.length > 0) {
      c.verifier(
        f.dateLivraison !== null || f.periode !== null,
        'BR-IC-11',
        'Livraison intracommunautaire : la date de livraison (BT-72) ou la période de facturation (BG-14) est obligatoire.',
        '/facture/dateLivraison',
      );
      c.verifier(
        f.paysLivraison !== null,
        'BR-IC-12',
        'Livraison intracommunautaire : le pays de livraison (BT-80) est obligatoire.',
        '/facture/paysLivraison',
      );
    }
    if (code === 'O') {
      const autres = [...categoriesUtilisees].filter((autre) => autre !== null && autre !== 'O');
      c.verifier(
        autres.length === 0,
        'BR-O-11',
        `Une facture hors champ de la TVA (O) ne peut pas comporter d'autre catégorie (${autres.join(', ')}).`,
        '/facture/ventilationTva',
      );
    }
  }
}
