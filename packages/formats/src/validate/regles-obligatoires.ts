import type { RemiseOuFrais } from '@choral/domain/facture';
import type { ContexteValidation } from './contexte.ts';

/** Payment means codes for credit transfers, which need an account (BR-61). */
const VIREMENTS = new Set(['30', '58']);

function remisesEtFraisDocument(contexte: ContexteValidation): void {
  const { facture, constats } = contexte;
  facture.remisesEtFrais.forEach((element: RemiseOuFrais, i) => {
    const lieu = `/facture/remisesEtFrais[${i + 1}]`;
    const remise = element.nature === 'remise';
    const quoi = remise ? 'La remise de pied de facture' : 'Les frais de pied de facture';
    constats.verifier(
      element.montant !== null,
      remise ? 'BR-31' : 'BR-36',
      `${quoi} n° ${i + 1} n'ont pas de montant (${remise ? 'BT-92' : 'BT-99'}).`,
      `${lieu}/montant`,
    );
    constats.verifier(
      element.categorieTva !== null,
      remise ? 'BR-32' : 'BR-37',
      `${quoi} n° ${i + 1} n'a pas de catégorie de TVA (${remise ? 'BT-95' : 'BT-102'}).`,
      `${lieu}/categorieTva`,
    );
    constats.verifier(
      element.motif !== null || element.codeMotif !== null,
      remise ? 'BR-33' : 'BR-38',
      `${quoi} n° ${i + 1} n'a ni motif ni code motif.`,
      `${lieu}/motif`,
    );
  });
}

function lignes(contexte: ContexteValidation): void {
  const { facture, constats, sansLignes } = contexte;
  if (sansLignes) return;
  constats.verifier(
    facture.lignes.length > 0,
    'BR-16',
    'La facture doit comporter au moins une ligne.',
    '/facture/lignes',
  );
  for (const { ligne, emplacement } of contexte.lignesComptables) {
    const n = `La ligne ${ligne.id ?? emplacement}`;
    constats.verifier(
      ligne.id !== null,
      'BR-21',
      `${n} n'a pas d'identifiant (BT-126).`,
      `${emplacement}/id`,
    );
    constats.verifier(
      ligne.quantite !== null,
      'BR-22',
      `${n} n'a pas de quantité facturée (BT-129).`,
      `${emplacement}/quantite`,
    );
    constats.verifier(
      ligne.unite !== null,
      'BR-23',
      `${n} n'a pas d'unité de mesure (BT-130).`,
      `${emplacement}/unite`,
    );
    constats.verifier(
      ligne.montantNet !== null,
      'BR-24',
      `${n} n'a pas de montant net (BT-131).`,
      `${emplacement}/montantNet`,
    );
    constats.verifier(
      ligne.nom !== null,
      'BR-25',
      `${n} n'a pas de désignation d'article (BT-153).`,
      `${emplacement}/nom`,
    );
    constats.verifier(
      ligne.prixUnitaireNet !== null,
      'BR-26',
      `${n} n'a pas de prix unitaire net (BT-146).`,
      `${emplacement}/prixUnitaireNet`,
    );
    constats.verifier(
      !ligne.prixUnitaireNet?.startsWith('-'),
      'BR-27',
      `${n} a un prix unitaire net négatif.`,
      `${emplacement}/prixUnitaireNet`,
    );
    constats.verifier(
      !ligne.prixUnitaireBrut?.startsWith('-'),
      'BR-28',
      `${n} a un prix unitaire brut négatif.`,
      `${emplacement}/prixUnitaireBrut`,
    );
    constats.verifier(
      ligne.categorieTva !== null,
      'BR-CO-04',
      `${n} n'a pas de catégorie de TVA (BT-151).`,
      `${emplacement}/categorieTva`,
    );
    ligne.remisesEtFrais.forEach((element, i) => {
      const lieu = `${emplacement}/remisesEtFrais[${i + 1}]`;
      const remise = element.nature === 'remise';
      constats.verifier(
        element.montant !== null,
        remise ? 'BR-41' : 'BR-43',
        `${n} : ${remise ? 'remise' : 'frais'} sans montant.`,
        `${lieu}/montant`,
      );
      constats.verifier(
        element.motif !== null || element.codeMotif !== null,
        remise ? 'BR-42' : 'BR-44',
        `${n} : ${remise ? 'remise' : 'frais'} sans motif ni code motif.`,
        `${lieu}/motif`,
      );
    });
  }
}

/** Mandatory content (BR-01 … BR-16, BR-CO-18, BR-CO-26...), relaxed for MINIMUM and BASIC WL. */
export function verifierObligatoires(contexte: ContexteValidation): void {
  const { facture: f, constats: c, profil } = contexte;
  const minimum = profil === 'MINIMUM';
  c.verifier(
    f.specification !== null,
    'BR-01',
    "L'identifiant de spécification (BT-24) est absent.",
    '/facture/specification',
  );
  c.verifier(f.numero !== null, 'BR-02', 'Le numéro de facture (BT-1) est absent.', '/facture/numero');
  c.verifier(
    f.dateEmission !== null,
    'BR-03',
    "La date d'émission (BT-2) est absente.",
    '/facture/dateEmission',
  );
  c.verifier(
    f.codeType !== null,
    'BR-04',
    'Le code de type de document (BT-3) est absent.',
    '/facture/codeType',
  );
  c.verifier(f.devise !== null, 'BR-05', 'La devise de facturation (BT-5) est absente.', '/facture/devise');
  c.verifier(
    f.vendeur.nom !== null,
    'BR-06',
    'La raison sociale du vendeur (BT-27) est absente.',
    '/facture/vendeur/nom',
  );
  c.verifier(
    f.acheteur.nom !== null,
    'BR-07',
    "Le nom de l'acheteur (BT-44) est absent.",
    '/facture/acheteur/nom',
  );
  c.verifier(
    f.vendeur.adresse !== null,
    'BR-08',
    "L'adresse postale du vendeur (BG-5) est absente.",
    '/facture/vendeur/adresse',
  );
  c.verifier(
    f.vendeur.adresse?.pays != null,
    'BR-09',
    'Le code pays du vendeur (BT-40) est absent.',
    '/facture/vendeur/adresse/pays',
  );
  if (!minimum) {
    c.verifier(
      f.acheteur.adresse !== null,
      'BR-10',
      "L'adresse postale de l'acheteur (BG-8) est absente.",
      '/facture/acheteur/adresse',
    );
    c.verifier(
      f.acheteur.adresse?.pays != null,
      'BR-11',
      "Le code pays de l'acheteur (BT-55) est absent.",
      '/facture/acheteur/adresse/pays',
    );
    c.verifier(
      f.totaux.totalLignes !== null,
      'BR-12',
      'La somme des montants nets des lignes (BT-106) est absente.',
      '/facture/totaux/totalLignes',
    );
    c.verifier(
      f.ventilationTva.length > 0,
      'BR-CO-18',
      'La facture doit comporter au moins une ligne de ventilation de TVA (BG-23).',
      '/facture/ventilationTva',
    );
  }
  c.verifier(
    f.totaux.totalHt !== null,
    'BR-13',
    'Le montant total hors TVA (BT-109) est absent.',
    '/facture/totaux/totalHt',
  );
  c.verifier(
    f.totaux.totalTtc !== null,
    'BR-14',
    'Le montant total TVA comprise (BT-112) est absent.',
    '/facture/totaux/totalTtc',
  );
  c.verifier(
    f.totaux.netAPayer !== null,
    'BR-15',
    'Le montant net à payer (BT-115) est absent.',
    '/facture/totaux/netAPayer',
  );
  c.verifier(
    f.vendeur.identifiants.length > 0 || f.vendeur.identifiantLegal !== null || f.vendeur.numeroTva !== null,
    'BR-CO-26',
    'Le vendeur doit être identifié par un identifiant (BT-29), un numéro légal (BT-30) ou un numéro de TVA (BT-31).',
    '/facture/vendeur',
  );
  c.verifier(
    f.vendeur.adresseElectronique === null || f.vendeur.adresseElectronique.schema !== null,
    'BR-62',
    "L'adresse électronique du vendeur (BT-34) n'indique pas son schéma.",
    '/facture/vendeur/adresseElectronique',
  );
  c.verifier(
    f.acheteur.adresseElectronique === null || f.acheteur.adresseElectronique.schema !== null,
    'BR-63',
    "L'adresse électronique de l'acheteur (BT-49) n'indique pas son schéma.",
    '/facture/acheteur/adresseElectronique',
  );
  const periode = f.periode;
  c.verifier(
    periode === null || periode.debut === null || periode.fin === null || periode.fin >= periode.debut,
    'BR-29',
    'La fin de la période de facturation précède son début.',
    '/facture/periode/fin',
  );
  f.moyensPaiement.forEach((moyen, i) => {
    const lieu = `/facture/moyensPaiement[${i + 1}]`;
    c.verifier(
      moyen.code !== null,
      'BR-49',
      'Un moyen de paiement (BG-16) doit indiquer son code (BT-81).',
      `${lieu}/code`,
    );
    c.verifier(
      moyen.code === null || !VIREMENTS.has(moyen.code) || moyen.compte !== null,
      'BR-61',
      'Un paiement par virement doit indiquer le compte bénéficiaire (BT-84, IBAN).',
      `${lieu}/compte`,
    );
  });
  c.verifier(
    f.deviseComptable === null || f.deviseComptable === f.devise || f.totaux.totalTvaDeviseComptable !== null,
    'BR-53',
    'Une devise de comptabilisation de la TVA (BT-6) exige le total de TVA dans cette devise (BT-111).',
    '/facture/totaux/totalTvaDeviseComptable',
  );
  if (
    !minimum &&
    f.type === 'facture' &&
    f.totaux.netAPayer !== null &&
    !f.totaux.netAPayer.startsWith('-') &&
    f.totaux.netAPayer !== '0'
  ) {
    // Dropped from recent CEN schematrons but kept by Factur-X and the French CTC: a warning.
    c.verifier(
      f.dateEcheance !== null || f.conditionsPaiement !== null,
      'BR-CO-25',
      'Un montant à payer positif exige une date d’échéance (BT-9) ou des conditions de paiement (BT-20).',
      '/facture/dateEcheance',
      'avertissement',
    );
  }
  remisesEtFraisDocument(contexte);
  lignes(contexte);
}
