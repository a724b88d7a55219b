import { identifiantSireneValide, type Partie } from '@choral/domain/facture';
import type { ContexteValidation } from './contexte.ts';
import {
  CATEGORIES_TVA,
  DEVISES_ISO_4217,
  moyenPaiementConnu,
  PAYS_ISO_3166,
  TYPES_DOCUMENT,
  UNITES_COURANTES,
} from './listes-codes.ts';

/** French VAT number: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97. */
function cleTvaFrancaiseValide(numero: string): boolean {
  const compact = numero.replace(/\s/g, '').toUpperCase();
  const morceaux = /^FR(\d{2})(\d{9})$/.exec(compact);
  // Only the numeric-key form is computable; other countries and alphanumeric keys are not checked.
  if (morceaux === null) return true;
  const [, cle, siren] = morceaux;
  return Number(cle) === (12 + 3 * (Number(siren) % 97)) % 97;
}

function identifiantsFrancais(
  contexte: ContexteValidation,
  role: 'vendeur' | 'acheteur',
  partie: Partie,
): void {
  const { constats } = contexte;
  const candidats = [
    ...(partie.identifiantLegal === null
      ? []
      : [{ id: partie.identifiantLegal, lieu: `/facture/${role}/identifiantLegal` }]),
    ...partie.identifiants.map((id, i) => ({ id, lieu: `/facture/${role}/identifiants[${i + 1}]` })),
  ];
  for (const { id, lieu } of candidats) {
    if (id.schema !== '0002' && id.schema !== '0009') continue;
    constats.verifier(
      identifiantSireneValide(id.valeur),
      'FR-SIRENE',
      `Le ${id.valeur.length === 9 ? 'SIREN' : 'SIRET'} du ${role} (${id.valeur}) n'a pas une clé de contrôle valide.`,
      `${lieu}/valeur`,
      'avertissement',
    );
  }
  if (partie.numeroTva !== null) {
    constats.verifier(
      cleTvaFrancaiseValide(partie.numeroTva),
      'FR-TVA',
      `La clé du numéro de TVA français du ${role} (${partie.numeroTva}) est invalide.`,
      `/facture/${role}/numeroTva`,
      'avertissement',
    );
  }
}

/** Code lists (BR-CL-xx) where a complete or useful list is cheap, and French identifier keys. */
export function verifierCodes(contexte: ContexteValidation): void {
  const { facture: f, constats: c } = contexte;
  c.verifier(
    f.codeType === null || TYPES_DOCUMENT.has(f.codeType),
    'BR-CL-01',
    `Le code de type de document ${f.codeType} n'est pas admis par EN 16931 (UNTDID 1001).`,
    '/facture/codeType',
  );
  c.verifier(
    f.devise === null || DEVISES_ISO_4217.has(f.devise),
    'BR-CL-04',
    `La devise ${f.devise} n'est pas un code ISO 4217.`,
    '/facture/devise',
  );
  c.verifier(
    f.deviseComptable === null || DEVISES_ISO_4217.has(f.deviseComptable),
    'BR-CL-05',
    `La devise comptable ${f.deviseComptable} n'est pas un code ISO 4217.`,
    '/facture/deviseComptable',
  );
  const pays = [
    { code: f.vendeur.adresse?.pays ?? null, lieu: '/facture/vendeur/adresse/pays' },
    { code: f.acheteur.adresse?.pays ?? null, lieu: '/facture/acheteur/adresse/pays' },
    { code: f.paysLivraison, lieu: '/facture/paysLivraison' },
  ];
  for (const { code, lieu } of pays) {
    c.verifier(
      code === null || PAYS_ISO_3166.has(code),
      'BR-CL-14',
      `Le code pays ${code} n'est pas un code ISO 3166-1.`,
      lieu,
    );
  }
  f.moyensPaiement.forEach((moyen, i) => {
    c.verifier(
      moyen.code === null || moyenPaiementConnu(moyen.code),
      'BR-CL-16',
      `Le code de moyen de paiement ${moyen.code} n'appartient pas à l'UNTDID 4461.`,
      `/facture/moyensPaiement[${i + 1}]/code`,
    );
  });
  f.ventilationTva.forEach((ligne, i) => {
    c.verifier(
      ligne.categorie === null || CATEGORIES_TVA.has(ligne.categorie),
      'BR-CL-17',
      `La catégorie de TVA ${ligne.categorie} est inconnue (UNCL 5305).`,
      `/facture/ventilationTva[${i + 1}]/categorie`,
    );
  });
  const categories = [
    ...contexte.lignesComptables.map(({ ligne, emplacement }) => ({
      code: ligne.categorieTva,
      lieu: `${emplacement}/categorieTva`,
    })),
    ...f.remisesEtFrais.map((e, i) => ({
      code: e.categorieTva,
      lieu: `/facture/remisesEtFrais[${i + 1}]/categorieTva`,
    })),
  ];
  for (const { code, lieu } of categories) {
    c.verifier(
      code === null || CATEGORIES_TVA.has(code),
      'BR-CL-18',
      `La catégorie de TVA ${code} est inconnue (UNCL 5305).`,
      lieu,
    );
  }
  for (const { ligne, emplacement } of contexte.lignesComptables) {
    c.verifier(
      ligne.unite === null || UNITES_COURANTES.has(ligne.unite),
      'BR-CL-23',
      `L'unité ${ligne.unite} ne figure pas parmi les unités UN/ECE courantes : à vérifier.`,
      `${emplacement}/unite`,
      'avertissement',
    );
  }
  identifiantsFrancais(contexte, 'vendeur', f.vendeur);
  identifiantsFrancais(contexte, 'acheteur', f.acheteur);
}
