import { CODES_RETOUR_CPRO, type CodeRetourCpro, type ErreurCpro } from '@choral/contracts';
import { type CodeErreur, ErreurMetier } from '@choral/domain/erreurs';
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { RefusPasserelle } from './refus-passerelle.ts';

/** A field of a call refused (400, REQUETE_INVALIDE), named by its JSON path. */
export function champInvalide(champ: string, message: string): ErreurMetier {
  return new ErreurMetier('REQUETE_INVALIDE', `${champ} : ${message}`, {
    champs: [{ champ: `/${champ}`, message }],
  });
}

/**
 * Runs a portal use-case and names its refused fields as the API call does (`/valideur/identifiant`
 * of the portal's form → `/cadreDeFacturation/codeStructureValideur` of soumettre).
 */
export async function avecChampsCpro<T>(
  noms: Readonly<Record<string, string>>,
  appel: () => Promise<T>,
): Promise<T> {
  try {
    return await appel();
  } catch (erreur) {
    if (!(erreur instanceof ErreurMetier) || !erreur.champs.some((c) => c.champ in noms)) throw erreur;
    throw new ErreurMetier(erreur.code, erreur.message, {
      motif: erreur.motif,
      champs: erreur.champs.map((c) => ({ ...c, champ: noms[c.champ] ?? c.champ })),
    });
  }
}

export interface ReponseErreurCpro {
  status: number;
  corps: ErreurCpro | { error: string; error_description: string };
}

/**
 * Our business codes in the Chorus Pro envelope. HTTP: 400 for a functional refusal (what
 * go-choruspro decodes), 404 for an unknown or out-of-scope object (never revealing it exists),
 * 403 for a missing habilitation, 413/429/503 for limits.
 */
const TABLE: Record<CodeErreur, { code: CodeRetourCpro; status: number }> = {
  REQUETE_INVALIDE: { code: 'REQUETE_INVALIDE', status: 400 },
  NON_AUTHENTIFIE: { code: 'INTERDIT', status: 403 },
  INTERDIT: { code: 'INTERDIT', status: 403 },
  INTROUVABLE: { code: 'INTROUVABLE', status: 404 },
  CONFLIT: { code: 'CONFLIT', status: 400 },
  REGLE_METIER: { code: 'REGLE_METIER', status: 400 },
  TROP_DE_TENTATIVES: { code: 'INDISPONIBLE', status: 429 },
  FICHIER_TROP_VOLUMINEUX: { code: 'PIECE_JOINTE_TROP_VOLUMINEUSE', status: 400 },
  TYPE_FICHIER_REFUSE: { code: 'TYPE_FICHIER_REFUSE', status: 400 },
  INDISPONIBLE: { code: 'INDISPONIBLE', status: 503 },
};

function enveloppe(
  code: CodeRetourCpro,
  message: string,
  champs: { champ: string; message: string }[] = [],
): ErreurCpro {
  return { ...CODES_RETOUR_CPRO[code], message, ...(champs.length > 0 ? { champs } : {}) };
}

/** `/a/b/0` → `a.b[0]`: the field as a connector developer reads it. */
function nomChamp(chemin: (string | number | symbol)[] | string): string {
  const parties = typeof chemin === 'string' ? chemin.split('/').filter(Boolean) : chemin.map(String);

  return parties.reduce<string>((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

/** Any error of a /cpro route as the API answers it: the envelope, never HTML nor a problem. */
export function reponseErreurCpro(error: unknown): ReponseErreurCpro {
  if (error instanceof RefusPasserelle) {
    return { status: error.status, corps: { error: error.erreur, error_description: error.message } };
  }
  if (error instanceof ErreurMetier) {
    const { code } = TABLE[error.code];
    // Chorus Pro answers an over-large group download with 413, other size refusals with 400.
    const status = error.motif === 'TELECHARGEMENT_TROP_VOLUMINEUX' ? 413 : TABLE[error.code].status;
    const champs = error.champs.map((c) => ({ champ: nomChamp(c.champ), message: c.message }));

    return { status, corps: enveloppe(code, error.message, champs) };
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const champs = fastifyError.validation.map((v) => ({
      champ: nomChamp(v.instancePath) || 'corps',
      message: v.message ?? 'Valeur invalide.',
    }));
    const noms = champs.map((c) => c.champ).join(', ');

    return {
      status: 400,
      corps: enveloppe('REQUETE_INVALIDE', `Champs absents ou invalides : ${noms}.`, champs),
    };
  }
  const status = fastifyError.statusCode;
  if (status === 413) {
    return {
      status: 413,
      corps: enveloppe('PIECE_JOINTE_TROP_VOLUMINEUSE', 'La requête dépasse la taille maximale acceptée.'),
    };
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return {
      status: 400,
      corps: enveloppe(
        'REQUETE_INVALIDE',
        'Corps JSON attendu (Content-Type: application/json), par exemple {} pour une requête sans paramètre.',
      ),
    };
  }

  return {
    status: 500,
    corps: { codeRetour: 20999, libelle: 'CHO_MSG_99.999', message: 'Erreur interne : réessayez plus tard.' },
  };
}
