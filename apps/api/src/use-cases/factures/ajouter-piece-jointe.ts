import { EXTENSIONS_PIECES_JOINTES, type Facture } from '@choral/contracts';
import { type CodeErreur, ErreurMetier } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';
import { extension, sha256, typeMime } from '../../documents/fichiers.ts';
import type { FichierRecu } from '../../documents/formulaire-fichier.ts';
import { TAILLE_MAX_PIECE_JOINTE, TAILLE_MAX_TOTALE } from '../../documents/limites-fichiers.ts';
import type { StockageDocuments } from '../../documents/stockage-documents.ts';
import { INCLUSION_FACTURE_COMPLETE, presenterFacture } from '../../presenters/facture.ts';
import { factureNonModifiable, trouverFactureEmise } from './trouver-facture.ts';

const LONGUEUR_MAX_NOM = 50;
// A draft, or a suspended invoice the supplier completes with justificatifs.
const OUVERTES_AUX_PIECES_JOINTES: ReadonlySet<string> = new Set(['BROUILLON', 'SUSPENDUE']);
const EXTENSIONS: ReadonlySet<string> = new Set(EXTENSIONS_PIECES_JOINTES);

function refus(code: CodeErreur, motif: string, message: string): ErreurMetier {
  return new ErreurMetier(code, message, { motif, champs: [{ champ: '/fichier', message }] });
}

/** Chorus Pro's attachment rules (§6.3): name, extension, size. */
function verifierPieceJointe(fichier: FichierRecu): void {
  const ext = extension(fichier.nom);
  if (ext === '') {
    throw refus(
      'TYPE_FICHIER_REFUSE',
      'EXTENSION_ABSENTE',
      'Le nom du fichier doit comporter une extension.',
    );
  }
  if (!EXTENSIONS.has(ext)) {
    throw refus(
      'TYPE_FICHIER_REFUSE',
      'EXTENSION_REFUSEE',
      `Les fichiers .${ext} ne sont pas acceptés en pièce jointe.`,
    );
  }
  if (fichier.nom.length > LONGUEUR_MAX_NOM) {
    throw refus(
      'REGLE_METIER',
      'NOM_FICHIER_TROP_LONG',
      `Le nom du fichier ne doit pas dépasser ${LONGUEUR_MAX_NOM} caractères, extension comprise.`,
    );
  }
  if (fichier.octets.length === 0) throw refus('REGLE_METIER', 'FICHIER_VIDE', 'Le fichier est vide.');
  if (fichier.octets.length >= TAILLE_MAX_PIECE_JOINTE) {
    throw refus(
      'FICHIER_TROP_VOLUMINEUX',
      'FICHIER_TROP_VOLUMINEUX',
      'Chaque pièce jointe doit faire moins de 10 Mo.',
    );
  }
}

/** Adds a complementary attachment (typed and designated) to a draft or a suspended invoice. */
export async function ajouterPieceJointe(
  ctx: AppContext,
  stockage: StockageDocuments,
  utilisateurId: number,
  factureId: number,
  { designation, type, fichier }: { designation: string; type: string; fichier: FichierRecu },
): Promise<Facture> {
  verifierPieceJointe(fichier);
  const facture = await ctx.db.$transaction(async (tx) => {
    const actuelle = await trouverFactureEmise(tx, utilisateurId, factureId);
    if (!OUVERTES_AUX_PIECES_JOINTES.has(actuelle.statut)) throw factureNonModifiable();
    const total = actuelle.documents.reduce((somme, d) => somme + d.taille, fichier.octets.length);
    if (total > TAILLE_MAX_TOTALE) {
      throw refus(
        'FICHIER_TROP_VOLUMINEUX',
        'TAILLE_TOTALE_DEPASSEE',
        'La facture et ses pièces jointes ne doivent pas dépasser 120 Mo au total.',
      );
    }
    const cle = await stockage.enregistrer(tx, fichier.octets);

    return tx.facture.update({
      where: { id: actuelle.id },
      data: {
        modifieParId: utilisateurId,
        documents: {
          create: {
            role: 'PIECE_JOINTE',
            nom: fichier.nom,
            typeMime: typeMime(fichier.nom),
            taille: fichier.octets.length,
            sha256: sha256(fichier.octets),
            designation,
            typePieceJointe: type,
            cle,
          },
        },
      },
      include: INCLUSION_FACTURE_COMPLETE,
    });
  });

  return presenterFacture(facture);
}
