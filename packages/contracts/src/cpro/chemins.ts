/**
 * Public paths of the Chorus Pro-compatible API ("mode Service"). Connectors written for the real
 * Chorus Pro call exactly these: never rename one (tests pin them).
 */
export const CHEMIN_JETON_OAUTH = '/api/oauth/token';

export const CHEMINS_CPRO = {
  healthCheck: '/cpro/transverses/v1/health-check',
  structuresActivesFournisseur: '/cpro/transverses/v1/recuperer/structures/actives/fournisseur',
  structuresActivesDestinataire: '/cpro/transverses/v1/recuperer/structures/actives/destinataire',
  rechercherDestinataire: '/cpro/transverses/v1/rechercher/destinataire',
  ajouterFichier: '/cpro/transverses/v1/ajouter/fichier',
  etatsTraitement: '/cpro/transverses/v1/recuperer/etats/traitement',
  cadresFacturation: '/cpro/transverses/v1/recuperer/cadrefacturation',
  tauxTva: '/cpro/transverses/v1/recuperer/tauxtva',
  devises: '/cpro/transverses/v1/recuperer/devises',
  pays: '/cpro/transverses/v1/recuperer/pays',
  modesReglement: '/cpro/transverses/v1/recuperer/modereglements',
  typesPieceJointe: '/cpro/transverses/v1/recuperer/typespj',
  motifsExonerationTva: '/cpro/transverses/v1/recuperer/motifs/exonerationtva',
  typesIdentifiantStructure: '/cpro/transverses/v1/recuperer/typeidentifiant/structure',
  modesDepot: '/cpro/transverses/v1/recuperer/modedepot',
  formatsFlux: '/cpro/transverses/v1/recuperer/formatflux',
  coordonneesBancaires: '/cpro/transverses/v1/recuperer/coordbanc/valides',
  rechercherStructures: '/cpro/structures/v1/rechercher',
  consulterStructure: '/cpro/structures/v1/consulter',
  rechercherServices: '/cpro/structures/v1/rechercher/services',
  consulterService: '/cpro/structures/v1/consulter/service',
  rattachementsMonCompte: '/cpro/utilisateurs/v1/monCompte/recuperer/rattachements',
  soumettre: '/cpro/factures/v1/soumettre',
  deposerPdf: '/cpro/factures/v1/deposer/pdf',
  rechercherFournisseur: '/cpro/factures/v1/rechercher/fournisseur',
  rechercherRecipiendaire: '/cpro/factures/v1/rechercher/recipiendaire',
  consulterFournisseur: '/cpro/factures/v1/consulter/fournisseur',
  consulterRecipiendaire: '/cpro/factures/v1/consulter/recipiendaire',
  consulterHistorique: '/cpro/factures/v1/consulter/historique',
  traiterRecue: '/cpro/factures/v1/traiter/recue',
  completer: '/cpro/factures/v1/completer',
  traiterRejet: '/cpro/factures/v1/traiterRejet',
  recycler: '/cpro/factures/v1/recycler',
  telechargerGroupe: '/cpro/factures/v1/telecharger/groupe',
} as const;
