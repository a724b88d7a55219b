import type { FactureNormalisee } from '@choral/domain/facture';
import { analyserFichier, type Detection, type OptionsLecture } from './detect.ts';
import { type ErreurLecture, versErreurLecture } from './erreurs.ts';
import { lireCii } from './parse-cii.ts';
import { lireUbl } from './parse-ubl.ts';

export interface LectureFacture extends Detection {
  /** `null` for a plain PDF (manual entry path). */
  facture: FactureNormalisee | null;
  /** The invoice XML text (stand-alone or extracted from the PDF). */
  xml: string | null;
}

export type ResultatLecture = { ok: true; lecture: LectureFacture } | { ok: false; erreur: ErreurLecture };

/**
 * Reads a deposited file (Factur-X / ZUGFeRD PDF, CII, UBL, or plain PDF) into the
 * normalized invoice model. Never throws: unreadable or hostile files give a typed error
 * with a stable `code` and a French `message`.
 */
export async function lireFacture(
  octets: Uint8Array,
  options: OptionsLecture = {},
): Promise<ResultatLecture> {
  try {
    const { detection, racine, xml } = await analyserFichier(octets, options);
    if (racine === null) return { ok: true, lecture: { ...detection, facture: null, xml } };
    const { facture, avertissements } =
      detection.syntaxe === 'ubl-invoice' || detection.syntaxe === 'ubl-creditnote'
        ? lireUbl(racine)
        : lireCii(racine);
    return {
      ok: true,
      lecture: {
        ...detection,
        avertissements: [...detection.avertissements, ...avertissements],
        facture,
        xml,
      },
    };
  } catch (erreur) {
    return { ok: false, erreur: versErreurLecture(erreur) };
  }
}
