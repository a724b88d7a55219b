import {
  CODE_SERVICE_FACTURES_PUBLIQUES,
  type NatureStructure,
  type ParametresStructure,
} from '../structures/index.ts';
import type { ChampDepot, CodeProblemeDepot, ProblemeDepot } from './probleme-depot.ts';

/** The recipient structure as the referential knows it. */
export interface DestinataireDepot {
  nature: NatureStructure;
  estActive: boolean;
  parametres: ParametresStructure;
}

/** The recipient's service the invoice is addressed to. */
export interface ServiceDestinataire {
  codeService: string;
  estActif: boolean;
  /** First and last day the service accepts invoices (YYYY-MM-DD, a time part is ignored); null = unbounded. */
  dateDebutValidite: string | null;
  dateFinValidite: string | null;
  /** Service parameter "numéro d'engagement obligatoire", added to the structure's own requirements. */
  engagementObligatoire: boolean;
}

export interface ContexteDepot {
  /** The structure found for the recipient identifier entered, or null when none matches. */
  destinataire: DestinataireDepot | null;
  /** The recipient's service whose code was entered, or null when no code was entered or none matches. */
  service: ServiceDestinataire | null;
  natureFournisseur: NatureStructure;
  references: { codeService?: string | null; numeroEngagement?: string | null };
  /** Day of the deposit (YYYY-MM-DD), checked against the service's validity dates. */
  dateDepot: string;
}

function probleme(code: CodeProblemeDepot, champ: ChampDepot, message: string): ProblemeDepot {
  return { code, champ, message };
}

function renseigne(valeur: string | null | undefined): boolean {
  return (valeur ?? '').trim() !== '';
}

function jourCalendaire(date: string): string {
  return date.slice(0, 10);
}

function dateFrancaise(date: string): string {
  const [annee, mois, jour] = jourCalendaire(date).split('-');
  return `${jour}/${mois}/${annee}`;
}

const CHAMP_DESTINATAIRE = 'destinataire.identifiant';

function problemeStructure(destinataire: DestinataireDepot): ProblemeDepot | null {
  if (destinataire.nature !== 'PUBLIQUE') {
    return probleme(
      'DESTINATAIRE_NON_PUBLIC',
      CHAMP_DESTINATAIRE,
      'Le destinataire doit être une structure publique.',
    );
  }
  if (!destinataire.estActive) {
    return probleme(
      'DESTINATAIRE_INACTIF',
      CHAMP_DESTINATAIRE,
      'La structure destinataire n’est pas active : elle ne peut pas recevoir de factures.',
    );
  }
  return null;
}

function problemesService(contexte: ContexteDepot, codeService: string): ProblemeDepot[] {
  const champ = 'destinataire.codeService';
  const { service } = contexte;
  if (service === null) {
    return [
      probleme(
        'SERVICE_INCONNU',
        champ,
        `Le service « ${codeService} » n’existe pas dans la structure destinataire.`,
      ),
    ];
  }
  const problemes: ProblemeDepot[] = [];
  if (service.codeService === CODE_SERVICE_FACTURES_PUBLIQUES && contexte.natureFournisseur !== 'PUBLIQUE') {
    problemes.push(
      probleme(
        'SERVICE_RESERVE_AUX_STRUCTURES_PUBLIQUES',
        champ,
        `Le service « ${CODE_SERVICE_FACTURES_PUBLIQUES} » est réservé aux factures entre entités publiques.`,
      ),
    );
  }
  if (!service.estActif) {
    problemes.push(probleme('SERVICE_INACTIF', champ, `Le service « ${codeService} » n’est pas actif.`));
  }
  const jour = jourCalendaire(contexte.dateDepot);
  const { dateDebutValidite: debut, dateFinValidite: fin } = service;
  if (debut !== null && jour < jourCalendaire(debut)) {
    problemes.push(
      probleme(
        'SERVICE_HORS_VALIDITE',
        champ,
        `Le service « ${codeService} » n’accepte des factures qu’à partir du ${dateFrancaise(debut)}.`,
      ),
    );
  }
  if (fin !== null && jour > jourCalendaire(fin)) {
    problemes.push(
      probleme(
        'SERVICE_HORS_VALIDITE',
        champ,
        `Le service « ${codeService} » n’accepte plus de factures depuis le ${dateFrancaise(fin)}.`,
      ),
    );
  }
  return problemes;
}

function problemesReferences(contexte: ContexteDepot, parametres: ParametresStructure): ProblemeDepot[] {
  const avecCodeService = renseigne(contexte.references.codeService);
  const avecEngagement = renseigne(contexte.references.numeroEngagement);
  const problemes: ProblemeDepot[] = [];
  // "Code service OU numéro d'engagement" takes precedence over the two separate flags.
  if (parametres.gestionNumeroEJOuCodeService) {
    if (!avecCodeService && !avecEngagement) {
      problemes.push(
        probleme(
          'CODE_SERVICE_OU_NUMERO_ENGAGEMENT_OBLIGATOIRE',
          'references.numeroEngagement',
          'La structure destinataire exige un code service ou, à défaut, un numéro d’engagement.',
        ),
      );
    }
  } else {
    if (parametres.codeServiceDoitEtreRenseigne && !avecCodeService) {
      problemes.push(
        probleme(
          'CODE_SERVICE_OBLIGATOIRE',
          'destinataire.codeService',
          'La structure destinataire exige un code service.',
        ),
      );
    }
    if (parametres.numeroEJDoitEtreRenseigne && !avecEngagement) {
      problemes.push(
        probleme(
          'NUMERO_ENGAGEMENT_OBLIGATOIRE',
          'references.numeroEngagement',
          'La structure destinataire exige un numéro d’engagement.',
        ),
      );
    }
  }
  const service = contexte.service;
  const dejaSignale = problemes.some((p) => p.champ === 'references.numeroEngagement');
  if (service?.engagementObligatoire && !avecEngagement && !dejaSignale) {
    problemes.push(
      probleme(
        'NUMERO_ENGAGEMENT_OBLIGATOIRE',
        'references.numeroEngagement',
        `Le service « ${service.codeService} » exige un numéro d’engagement.`,
      ),
    );
  }
  return problemes;
}

/**
 * Checks an invoice's routing against the recipient structure and service:
 * the structure must exist, be public and active; the service must exist, be
 * active and open on the deposit day, and FACTURES_PUBLIQUES is closed to
 * private suppliers; the service code and engagement number must be present
 * when the structure or service requires them. Returns every problem found
 * (an empty list means the invoice can be routed).
 */
export function verifierDestinataire(contexte: ContexteDepot): ProblemeDepot[] {
  const { destinataire } = contexte;
  if (destinataire === null) {
    return [
      probleme(
        'DESTINATAIRE_INCONNU',
        CHAMP_DESTINATAIRE,
        'Aucune structure ne correspond à cet identifiant de destinataire.',
      ),
    ];
  }
  // Nothing else is worth checking on a structure that may not receive invoices.
  const problemeDestinataire = problemeStructure(destinataire);
  if (problemeDestinataire !== null) return [problemeDestinataire];
  const codeService = (contexte.references.codeService ?? '').trim();
  return [
    ...(codeService === '' ? [] : problemesService(contexte, codeService)),
    ...problemesReferences(contexte, destinataire.parametres),
  ];
}
