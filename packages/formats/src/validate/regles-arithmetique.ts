import { arrondir, nombreDecimales, type ValeurDecimale, versDecimal } from '@choral/domain/facture';
import { Decimal } from 'decimal.js';
import type { ContexteValidation } from './contexte.ts';

const ZERO = new Decimal(0);

function somme(valeurs: readonly (ValeurDecimale | null)[]): Decimal {
  return valeurs.reduce<Decimal>((total, valeur) => (valeur === null ? total : total.plus(valeur)), ZERO);
}

function ou0(valeur: ValeurDecimale | null): Decimal {
  return valeur === null ? ZERO : versDecimal(valeur);
}

/** Amounts limited to 2 decimals (BR-DEC-xx), with the model path of each. */
function verifierDecimales(contexte: ContexteValidation): void {
  const { facture: f, constats } = contexte;
  const verifier = (valeur: ValeurDecimale | null, regle: string, bt: string, emplacement: string): void => {
    constats.verifier(
      valeur === null || nombreDecimales(valeur) <= 2,
      regle,
      `Le montant ${bt} a plus de 2 décimales (${valeur}).`,
      emplacement,
    );
  };
  const t = f.totaux;
  verifier(t.totalLignes, 'BR-DEC-09', 'BT-106', '/facture/totaux/totalLignes');
  verifier(t.totalRemises, 'BR-DEC-10', 'BT-107', '/facture/totaux/totalRemises');
  verifier(t.totalFrais, 'BR-DEC-11', 'BT-108', '/facture/totaux/totalFrais');
  verifier(t.totalHt, 'BR-DEC-12', 'BT-109', '/facture/totaux/totalHt');
  verifier(t.totalTva, 'BR-DEC-13', 'BT-110', '/facture/totaux/totalTva');
  verifier(t.totalTtc, 'BR-DEC-14', 'BT-112', '/facture/totaux/totalTtc');
  verifier(t.totalTvaDeviseComptable, 'BR-DEC-15', 'BT-111', '/facture/totaux/totalTvaDeviseComptable');
  verifier(t.montantPrepaye, 'BR-DEC-16', 'BT-113', '/facture/totaux/montantPrepaye');
  verifier(t.arrondi, 'BR-DEC-17', 'BT-114', '/facture/totaux/arrondi');
  verifier(t.netAPayer, 'BR-DEC-18', 'BT-115', '/facture/totaux/netAPayer');
  f.ventilationTva.forEach((ligne, i) => {
    verifier(ligne.baseImposable, 'BR-DEC-19', 'BT-116', `/facture/ventilationTva[${i + 1}]/baseImposable`);
    verifier(ligne.montant, 'BR-DEC-20', 'BT-117', `/facture/ventilationTva[${i + 1}]/montant`);
  });
  f.remisesEtFrais.forEach((element, i) => {
    const remise = element.nature === 'remise';
    const lieu = `/facture/remisesEtFrais[${i + 1}]`;
    verifier(
      element.montant,
      remise ? 'BR-DEC-01' : 'BR-DEC-05',
      remise ? 'BT-92' : 'BT-99',
      `${lieu}/montant`,
    );
    verifier(element.base, remise ? 'BR-DEC-02' : 'BR-DEC-06', remise ? 'BT-93' : 'BT-100', `${lieu}/base`);
  });
  for (const { ligne, emplacement } of contexte.lignesComptables) {
    verifier(ligne.montantNet, 'BR-DEC-23', 'BT-131', `${emplacement}/montantNet`);
    ligne.remisesEtFrais.forEach((element, i) => {
      const remise = element.nature === 'remise';
      const lieu = `${emplacement}/remisesEtFrais[${i + 1}]`;
      verifier(
        element.montant,
        remise ? 'BR-DEC-24' : 'BR-DEC-27',
        remise ? 'BT-136' : 'BT-141',
        `${lieu}/montant`,
      );
      verifier(
        element.base,
        remise ? 'BR-DEC-25' : 'BR-DEC-28',
        remise ? 'BT-137' : 'BT-142',
        `${lieu}/base`,
      );
    });
  }
}

/** Line net = quantity × net price / base quantity + charges − allowances, to the cent. */
function verifierMontantsLignes(contexte: ContexteValidation): void {
  for (const { ligne, emplacement } of contexte.lignesComptables) {
    if (ligne.quantite === null || ligne.prixUnitaireNet === null || ligne.montantNet === null) continue;
    const base =
      ligne.quantiteBase === null || ligne.quantiteBase === '0'
        ? new Decimal(1)
        : versDecimal(ligne.quantiteBase);
    const ajustements = ligne.remisesEtFrais.reduce(
      (total, element) =>
        element.nature === 'frais' ? total.plus(ou0(element.montant)) : total.minus(ou0(element.montant)),
      ZERO,
    );
    const calcule = arrondir(
      versDecimal(ligne.quantite).times(ligne.prixUnitaireNet).dividedBy(base).plus(ajustements),
    );
    contexte.constats.verifier(
      calcule.minus(ligne.montantNet).abs().lte('0.01'),
      'CALC-LIGNE',
      `Ligne ${ligne.id ?? ''} : le montant net ${ligne.montantNet} ne correspond pas à quantité × prix unitaire net ± remises et frais (${calcule.toFixed(2)}).`,
      `${emplacement}/montantNet`,
      'avertissement',
    );
  }
}

/** EN 16931 sums (BR-CO-10 … BR-CO-17), exact after rounding to the cent as the CEN schematron does. */
export function verifierArithmetique(contexte: ContexteValidation): void {
  const { facture: f, constats: c, sansLignes } = contexte;
  const t = f.totaux;
  const egal = (a: Decimal, b: Decimal): boolean => arrondir(a).equals(arrondir(b));
  const texte = (valeur: Decimal): string => arrondir(valeur).toFixed(2);

  const nets = contexte.lignesComptables.map(({ ligne }) => ligne.montantNet);
  if (!sansLignes && t.totalLignes !== null && nets.length > 0 && nets.every((net) => net !== null)) {
    const attendu = somme(nets);
    c.verifier(
      egal(versDecimal(t.totalLignes), attendu),
      'BR-CO-10',
      `La somme des montants nets des lignes (BT-106 = ${t.totalLignes}) devrait valoir ${texte(attendu)}.`,
      '/facture/totaux/totalLignes',
    );
  }
  const remises = f.remisesEtFrais.filter((e) => e.nature === 'remise').map((e) => e.montant);
  const frais = f.remisesEtFrais.filter((e) => e.nature === 'frais').map((e) => e.montant);
  if (t.totalRemises !== null || remises.length > 0) {
    c.verifier(
      egal(ou0(t.totalRemises), somme(remises)),
      'BR-CO-11',
      `Le total des remises (BT-107 = ${t.totalRemises ?? 'absent'}) devrait valoir ${texte(somme(remises))}.`,
      '/facture/totaux/totalRemises',
    );
  }
  if (t.totalFrais !== null || frais.length > 0) {
    c.verifier(
      egal(ou0(t.totalFrais), somme(frais)),
      'BR-CO-12',
      `Le total des frais (BT-108 = ${t.totalFrais ?? 'absent'}) devrait valoir ${texte(somme(frais))}.`,
      '/facture/totaux/totalFrais',
    );
  }
  if (t.totalLignes !== null && t.totalHt !== null) {
    const attendu = versDecimal(t.totalLignes).minus(ou0(t.totalRemises)).plus(ou0(t.totalFrais));
    c.verifier(
      egal(versDecimal(t.totalHt), attendu),
      'BR-CO-13',
      `Le total hors TVA (BT-109 = ${t.totalHt}) devrait valoir ${texte(attendu)} (lignes − remises + frais).`,
      '/facture/totaux/totalHt',
    );
  }
  if (f.ventilationTva.length > 0) {
    const attendu = somme(f.ventilationTva.map((ligne) => ligne.montant));
    c.verifier(
      egal(ou0(t.totalTva), attendu),
      'BR-CO-14',
      `Le total de TVA (BT-110 = ${t.totalTva ?? 'absent'}) devrait valoir ${texte(attendu)}, somme de la ventilation.`,
      '/facture/totaux/totalTva',
    );
  }
  if (t.totalHt !== null && t.totalTtc !== null) {
    const attendu = versDecimal(t.totalHt).plus(ou0(t.totalTva));
    c.verifier(
      egal(versDecimal(t.totalTtc), attendu),
      'BR-CO-15',
      `Le total TTC (BT-112 = ${t.totalTtc}) devrait valoir ${texte(attendu)} (HT + TVA).`,
      '/facture/totaux/totalTtc',
    );
  }
  if (t.totalTtc !== null && t.netAPayer !== null) {
    const attendu = versDecimal(t.totalTtc).minus(ou0(t.montantPrepaye)).plus(ou0(t.arrondi));
    // MINIMUM cannot carry the prepaid amount its amount due may deduct: reported, not blocking.
    c.verifier(
      egal(versDecimal(t.netAPayer), attendu),
      'BR-CO-16',
      `Le net à payer (BT-115 = ${t.netAPayer}) devrait valoir ${texte(attendu)} (TTC − acompte + arrondi)${sansLignes ? ` ; le profil ${contexte.profil} ne porte pas toujours l'acompte` : ''}.`,
      '/facture/totaux/netAPayer',
      sansLignes ? 'avertissement' : 'erreur',
    );
  }
  f.ventilationTva.forEach((ligne, i) => {
    if (ligne.baseImposable === null || ligne.taux === null || ligne.montant === null) return;
    const attendu = arrondir(versDecimal(ligne.baseImposable).times(ligne.taux).dividedBy(100));
    // The CEN schematron accepts less than one currency unit of difference per row.
    c.verifier(
      attendu.minus(ligne.montant).abs().lt(1),
      'BR-CO-17',
      `TVA de la ligne de ventilation ${i + 1} : ${ligne.montant} au lieu de ${attendu.toFixed(2)} (base × taux).`,
      `/facture/ventilationTva[${i + 1}]/montant`,
    );
  });
  verifierDecimales(contexte);
  verifierMontantsLignes(contexte);
}
