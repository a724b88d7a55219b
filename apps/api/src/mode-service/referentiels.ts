import {
  CHEMINS_CPRO,
  MODES_DEPOT_API,
  type ReferentielRequete,
  TYPES_PIECE_JOINTE,
} from '@choral/contracts';
import {
  ACTIONS_FACTURE,
  actionsPossibles,
  MOTIFS_REFUS_VALIDATION,
  STATUTS_FACTURE,
  type StatutFacture,
} from '@choral/domain/cycle-de-vie';
import { CADRES_FACTURATION } from '@choral/domain/depot';
import { ErreurMetier } from '@choral/domain/erreurs';
import { TYPES_IDENTIFIANT_STRUCTURE } from '@choral/domain/identifiants';
import { TAUX_TVA_CPRO } from './soumettre.ts';

type Liste = Record<string, unknown>[];

const LIBELLES_TAUX: Record<string, string> = {
  TVA1: 'Art 293B (franchise en base)',
  TVA2: 'Taux super réduit 2,1 %',
  TVA3: 'Taux réduit 5,5 %',
  TVA4: 'Taux intermédiaire 10 %',
  TVA5: 'Taux normal 20 %',
  TVA6: 'Taux DOM 8,5 %',
  TVA7: 'Taux Corse 13 %',
};

const DEVISES = [
  ['EUR', 'Euro'],
  ['USD', 'Dollar des États-Unis'],
  ['GBP', 'Livre sterling'],
  ['CHF', 'Franc suisse'],
  ['XPF', 'Franc CFP'],
] as const;

const PAYS = [
  ['FR', 'France'],
  ['BE', 'Belgique'],
  ['DE', 'Allemagne'],
  ['ES', 'Espagne'],
  ['IT', 'Italie'],
  ['LU', 'Luxembourg'],
  ['CH', 'Suisse'],
  ['GB', 'Royaume-Uni'],
  ['US', 'États-Unis'],
  ['NC', 'Nouvelle-Calédonie'],
  ['PF', 'Polynésie française'],
] as const;

const MODES_PAIEMENT = ['CHEQUE', 'PRELEVEMENT', 'VIREMENT', 'ESPECE', 'AUTRE', 'REPORT'];

const MOTIFS_EXONERATION = [
  ['TVA_NON_APPLICABLE_ART_293B', 'TVA non applicable, art. 293 B du CGI'],
  ['EXONERATION_ART_261', 'Exonération, art. 261 du CGI'],
  ['AUTOLIQUIDATION', 'Autoliquidation'],
  ['LIVRAISON_INTRACOMMUNAUTAIRE', 'Livraison intracommunautaire exonérée, art. 262 ter I du CGI'],
  ['EXPORTATION', 'Exportation hors Union européenne'],
] as const;

const FORMATS_FLUX = [
  'IN_DP_E1_UBL_INVOICE',
  'IN_DP_E1_CII_16B',
  'IN_DP_E2_UBL_INVOICE_MIN',
  'IN_DP_E2_CII_MIN_16B',
  'IN_DP_E2_CII_FACTURX',
];

function statutCourant(valeur: string | null | undefined): StatutFacture {
  const connus: readonly string[] = STATUTS_FACTURE;
  if (!valeur || !connus.includes(valeur)) {
    throw new ErreurMetier(
      'REQUETE_INVALIDE',
      'statutCourant : statut de facture attendu, ex. MISE_A_DISPOSITION.',
      {
        champs: [{ champ: '/statutCourant', message: 'Statut inconnu ou absent.' }],
      },
    );
  }

  return valeur as StatutFacture;
}

/**
 * The referentials of `transverses/v1/recuperer/...`, from the domain's own data where it has
 * them (statuses, cadres, identifier types), Choral's tables elsewhere. Each entry: path, list name, rows.
 */
export const REFERENTIELS: readonly [string, string, (r: ReferentielRequete) => Liste][] = [
  [
    CHEMINS_CPRO.etatsTraitement,
    'listeStatutsPossiblesPourTraitement',
    (r) =>
      actionsPossibles(statutCourant(r.statutCourant), 'DESTINATAIRE').map((a) => ({
        statutPossiblePourTraitement: ACTIONS_FACTURE[a].cible,
      })),
  ],
  [
    CHEMINS_CPRO.cadresFacturation,
    'listeCadreFacturation',
    (r) =>
      CADRES_FACTURATION.filter(
        (c) => !r.typeDemandePaiement || c.typeDemandePaiement === r.typeDemandePaiement,
      ).map((c) => ({ codeCadreFacturation: c.valeurApi })),
  ],
  [
    CHEMINS_CPRO.tauxTva,
    'listeTauxTva',
    () =>
      Object.entries(TAUX_TVA_CPRO).map(([code, valeur]) => ({
        codeTauxTva: code,
        libelleTauxTva: LIBELLES_TAUX[code] ?? code,
        valeurTauxTva: Number(valeur),
      })),
  ],
  [
    CHEMINS_CPRO.devises,
    'listeDevises',
    () => DEVISES.map(([codeDevise, libelleDevise]) => ({ codeDevise, libelleDevise })),
  ],
  [CHEMINS_CPRO.pays, 'listePays', () => PAYS.map(([codePays, libellePays]) => ({ codePays, libellePays }))],
  [
    CHEMINS_CPRO.modesReglement,
    'listeModePaiement',
    () => MODES_PAIEMENT.map((modePaiement) => ({ modePaiement })),
  ],
  [
    CHEMINS_CPRO.typesPieceJointe,
    'listeTypePieceJointe',
    (r) =>
      TYPES_PIECE_JOINTE.map((code, i) => ({
        idTypePieceJointe: i + 1,
        codeTypePieceJointe: code,
        libelleTypePieceJointe: code,
        typeObjet: r.typeObjet ?? 'FACTURE',
      })),
  ],
  [
    CHEMINS_CPRO.motifsExonerationTva,
    'listeMotifsExonerationTva',
    () =>
      MOTIFS_EXONERATION.map(([code, libelle]) => ({
        codeMotifExonerationTva: code,
        libelleMotifExonerationTva: libelle,
      })),
  ],
  [
    CHEMINS_CPRO.typesIdentifiantStructure,
    'listeTypeIdentifiant',
    () => TYPES_IDENTIFIANT_STRUCTURE.map((typeIdentifiantStructure) => ({ typeIdentifiantStructure })),
  ],
  [CHEMINS_CPRO.modesDepot, 'listeModeDepot', () => MODES_DEPOT_API.map((modeDepot) => ({ modeDepot }))],
  [CHEMINS_CPRO.formatsFlux, 'listeFormatFlux', () => FORMATS_FLUX.map((formatFlux) => ({ formatFlux }))],
  // The same motifs for A9 and A12: codeCadreFacturationAValider does not change them.
  [
    CHEMINS_CPRO.motifsRefusFactureAValider,
    'listeMotifRefusFactureAValider',
    () =>
      MOTIFS_REFUS_VALIDATION.map(({ id, code, libelle }) => ({
        idMotif: id,
        codeMotif: code,
        libelleMotif: libelle,
      })),
  ],
  // Choral keeps no bank details: the list is empty, and soumettre ignores codeCoordonneesBancairesFournisseur.
  [CHEMINS_CPRO.coordonneesBancaires, 'listeCoordonneeBancaire', () => []],
];
