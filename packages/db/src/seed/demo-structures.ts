// Demo directory: fictitious structures with Luhn-valid SIRETs (not real organisations).
// Each public structure illustrates one combination of the parameters that drive deposit checks.

export interface DemoService {
  code: string;
  libelle: string;
  description?: string;
  actif?: boolean;
  engagementObligatoire?: boolean;
}

export interface DemoStructurePublique {
  identifiant: string;
  raisonSociale: string;
  ville: string;
  codePostal: string;
  adresse: string;
  active?: boolean;
  codeServiceDoitEtreRenseigne?: boolean;
  numeroEJDoitEtreRenseigne?: boolean;
  gestionNumeroEJOuCodeService?: boolean;
  statutMiseEnPaiementNestPasRemonte?: boolean;
  services: DemoService[];
}

export const DEMO_STRUCTURES_PUBLIQUES: DemoStructurePublique[] = [
  {
    identifiant: '11004301500012',
    raisonSociale: 'Ministère de la Démonstration Numérique',
    adresse: '20 avenue de Ségur',
    codePostal: '75007',
    ville: 'Paris',
    numeroEJDoitEtreRenseigne: true,
    services: [
      { code: 'SG-ACHATS', libelle: 'Secrétariat général — achats', engagementObligatoire: true },
      { code: 'DSI', libelle: 'Direction du numérique' },
    ],
  },
  {
    identifiant: '21750001600019',
    raisonSociale: 'Commune de Villedémo',
    adresse: '1 place de la Mairie',
    codePostal: '45000',
    ville: 'Villedémo',
    codeServiceDoitEtreRenseigne: true,
    services: [
      { code: 'VOIRIE', libelle: 'Service voirie et espaces verts' },
      { code: 'ECOLES', libelle: 'Service des écoles' },
      { code: 'ANCIEN-CCAS', libelle: 'Ancien CCAS (fermé)', actif: false },
    ],
  },
  {
    identifiant: '26750045200011',
    raisonSociale: 'Centre hospitalier de Démoville',
    adresse: '3 rue des Soignants',
    codePostal: '69003',
    ville: 'Lyon',
    gestionNumeroEJOuCodeService: true,
    statutMiseEnPaiementNestPasRemonte: true,
    services: [
      { code: 'PHARMACIE', libelle: 'Pharmacie centrale' },
      { code: 'TRAVAUX', libelle: 'Services techniques' },
    ],
  },
  {
    identifiant: '19751722000012',
    raisonSociale: 'Université de Démonstration (fermée)',
    adresse: '12 rue de la Sorbonne',
    codePostal: '75005',
    ville: 'Paris',
    active: false,
    services: [{ code: 'SCOLARITE', libelle: 'Scolarité' }],
  },
];

export interface DemoStructurePrivee {
  identifiant: string;
  raisonSociale: string;
  numeroTva: string;
  adresse: string;
  codePostal: string;
  ville: string;
}

export const DEMO_FOURNISSEURS: DemoStructurePrivee[] = [
  {
    identifiant: '84312345600017',
    raisonSociale: 'Papeterie Démo SARL',
    numeroTva: 'FR29843123456',
    adresse: '8 rue du Commerce',
    codePostal: '33000',
    ville: 'Bordeaux',
  },
  {
    identifiant: '91234567500017',
    raisonSociale: 'Informatique Exemple SAS',
    numeroTva: 'FR65912345675',
    adresse: '42 boulevard des Octets',
    codePostal: '31000',
    ville: 'Toulouse',
  },
  // A works market's titulaire and its subcontractor, to try the validation circuit (A9): the
  // subcontractor's invoice names the titulaire as valideur, which validates it before routing.
  {
    identifiant: '52345678800018',
    raisonSociale: 'Bâtiments Démo SA',
    numeroTva: 'FR31523456788',
    adresse: '15 avenue des Bâtisseurs',
    codePostal: '45000',
    ville: 'Orléans',
  },
  {
    identifiant: '79876543400013',
    raisonSociale: 'Peinture Démo SARL',
    numeroTva: 'FR69798765434',
    adresse: '7 impasse des Pinceaux',
    codePostal: '45100',
    ville: 'Orléans',
  },
];
