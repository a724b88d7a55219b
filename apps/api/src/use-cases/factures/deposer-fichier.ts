import type { Facture } from '@choral/contracts';
import { type CodeErreur, ErreurMetier } from '@choral/domain/erreurs';
import { SPECIFICATION_FLUX } from '@choral/domain/flux';
import type { ErreurLecture } from '@choral/formats';
import { exigerHabilitation } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { extension, typeMime } from '../../documents/fichiers.ts';
import type { FichierRecu } from '../../documents/formulaire-fichier.ts';
import type { LecteurFactures } from '../../documents/lecteur-factures.ts';
import { TAILLE_MAX_FACTURE, tropVolumineux } from '../../documents/limites-fichiers.ts';
import { INCLUSION_FACTURE_COMPLETE, presenterFacture } from '../../presenters/facture.ts';
import { preRemplirDepot } from './pre-remplir-depot.ts';

const EXTENSIONS_FACTURE = new Set(['pdf', 'xml']);

function refusFichier(code: CodeErreur, motif: string, message: string): ErreurMetier {
  return new ErreurMetier(code, message, { motif, champs: [{ champ: '/fichier', message }] });
}

/** A file the formats library could not read: its French reason, with the right status. */
function fichierIllisible(erreur: ErreurLecture): ErreurMetier {
  if (erreur.code === 'FORMAT_NON_RECONNU')
    return refusFichier('TYPE_FICHIER_REFUSE', erreur.code, erreur.message);
  if (erreur.code === 'FICHIER_TROP_VOLUMINEUX') {
    return refusFichier('FICHIER_TROP_VOLUMINEUX', erreur.code, erreur.message);
  }

  return refusFichier('REGLE_METIER', erreur.code, erreur.message);
}

/**
 * « Déposer une facture », first step: reads the uploaded invoice (PDF, Factur-X, CII or UBL)
 * in a warm worker thread as it is stored, keeps the original file and creates a draft pre-filled
 * from its data (a plain PDF leaves the form to type). An unreadable, hostile, too large or
 * unexpected file is refused and nothing is stored. The bytes are stored before the draft's
 * transaction, which only points at them.
 */
export async function deposerFichier(
  ctx: Pick<AppContext, 'db' | 'stockage'>,
  lecteur: LecteurFactures,
  utilisateurId: number,
  {
    structureId,
    cadre,
    fichier,
    origine,
  }: {
    structureId: number;
    cadre: string;
    fichier: FichierRecu;
    /** An entry of a flux: the draft is created with its place, so that a replay finds it. */
    origine?: { fluxId: number; rang: number };
  },
): Promise<Facture> {
  await exigerHabilitation(ctx.db, utilisateurId, structureId, 'FACTURES_EMISES');
  if (!EXTENSIONS_FACTURE.has(extension(fichier.nom))) {
    throw refusFichier(
      'TYPE_FICHIER_REFUSE',
      'EXTENSION_REFUSEE',
      'Déposez un fichier .pdf (PDF ou Factur-X) ou .xml (CII ou UBL).',
    );
  }
  const { lecture, ...contenu } = await ctx.stockage.enregistrerApresLecture(
    fichier.flux,
    { max: TAILLE_MAX_FACTURE, tropVolumineux: () => tropVolumineux(TAILLE_MAX_FACTURE) },
    async (octets) => {
      const resultat = await lecteur.lire(octets);
      if (!resultat.ok) throw fichierIllisible(resultat.erreur);

      return resultat.lecture;
    },
  );
  // In a flux, the declared syntax stands for a missing BT-24 (see SPECIFICATION_FLUX).
  const lue =
    origine && lecture.facture && !lecture.facture.specification
      ? { ...lecture.facture, specification: SPECIFICATION_FLUX }
      : lecture.facture;
  const facture = await ctx.db.$transaction(async (tx) => {
    return tx.facture.create({
      data: {
        ...(await preRemplirDepot(tx, lue)),
        cadre,
        mode: 'DEPOT',
        formatOrigine: lecture.format,
        profil: lecture.profil,
        fournisseurId: structureId,
        creeParId: utilisateurId,
        modifieParId: utilisateurId,
        ...(origine ? { fluxId: origine.fluxId, rangFlux: origine.rang } : {}),
        documents: {
          create: {
            role: 'ORIGINAL',
            nom: fichier.nom,
            typeMime: typeMime(fichier.nom),
            taille: contenu.taille,
            sha256: contenu.sha256,
          },
        },
      },
      include: INCLUSION_FACTURE_COMPLETE,
    });
  });

  return presenterFacture(facture);
}
