import { EXTENSIONS_PIECES_JOINTES, type Facture } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { type CodeErreur, ErreurMetier } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';
import { extension, typeMime } from '../../documents/fichiers.ts';
import type { FichierRecu } from '../../documents/formulaire-fichier.ts';
import { TAILLE_MAX_PIECE_JOINTE, TAILLE_MAX_TOTALE } from '../../documents/limites-fichiers.ts';
import type { LimitesTaille } from '../../documents/stockage-documents.ts';
import { presenterFacture } from '../../presenters/facture.ts';
import { factureNonModifiable, trouverFactureEmise } from './trouver-facture.ts';

const LONGUEUR_MAX_NOM = 50;
// A draft, or a suspended invoice the supplier completes with justificatifs.
const OUVERTES_AUX_PIECES_JOINTES = ['BROUILLON', 'SUSPENDUE'] as const;
const EXTENSIONS: ReadonlySet<string> = new Set(EXTENSIONS_PIECES_JOINTES);

function refus(code: CodeErreur, motif: string, message: string): ErreurMetier {
  return new ErreurMetier(code, message, { motif, champs: [{ champ: '/fichier', message }] });
}

/** Chorus Pro's attachment rules (§6.3) on the name; the sizes are checked as the bytes arrive. */
function verifierNom(nom: string): void {
  const ext = extension(nom);
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
  if (nom.length > LONGUEUR_MAX_NOM) {
    throw refus(
      'REGLE_METIER',
      'NOM_FICHIER_TROP_LONG',
      `Le nom du fichier ne doit pas dépasser ${LONGUEUR_MAX_NOM} caractères, extension comprise.`,
    );
  }
}

function totalDepasse(): ErreurMetier {
  return refus(
    'FICHIER_TROP_VOLUMINEUX',
    'TAILLE_TOTALE_DEPASSEE',
    'La facture et ses pièces jointes ne doivent pas dépasser 120 Mo au total.',
  );
}

/** The room left by the documents of an invoice open to attachments. */
async function placeRestante(db: Prisma.TransactionClient, utilisateurId: number, factureId: number) {
  const facture = await trouverFactureEmise(db, utilisateurId, factureId);
  if (!(OUVERTES_AUX_PIECES_JOINTES as readonly string[]).includes(facture.statut))
    throw factureNonModifiable();

  return TAILLE_MAX_TOTALE - facture.documents.reduce((somme, d) => somme + d.taille, 0);
}

/**
 * Each attachment under 10 MB, and the invoice with its documents within 120 MB: the stream
 * stops at the first of the two limits it crosses.
 */
function limitesPieceJointe(place: number): LimitesTaille {
  const vide = () => refus('REGLE_METIER', 'FICHIER_VIDE', 'Le fichier est vide.');
  if (place < TAILLE_MAX_PIECE_JOINTE) return { max: Math.max(place, 0), tropVolumineux: totalDepasse, vide };

  return {
    max: TAILLE_MAX_PIECE_JOINTE - 1,
    tropVolumineux: () =>
      refus(
        'FICHIER_TROP_VOLUMINEUX',
        'FICHIER_TROP_VOLUMINEUX',
        'Chaque pièce jointe doit faire moins de 10 Mo.',
      ),
    vide,
  };
}

/**
 * Adds a complementary attachment (typed and designated) to a draft or a suspended invoice. The
 * bytes are stored first; a short transaction then locks the invoice, checks again (another upload
 * may have taken the room) and points the new document at them.
 */
export async function ajouterPieceJointe(
  ctx: AppContext,
  utilisateurId: number,
  factureId: number,
  { designation, type, fichier }: { designation: string; type: string; fichier: FichierRecu },
): Promise<Facture> {
  verifierNom(fichier.nom);
  const place = await placeRestante(ctx.db, utilisateurId, factureId);
  const contenu = await ctx.stockage.enregistrer(fichier.flux, limitesPieceJointe(place));
  await ctx.db.$transaction(async (tx) => {
    // Locks the invoice: attachments sent at once are checked one after the other.
    const { count } = await tx.facture.updateMany({
      where: { id: factureId, statut: { in: [...OUVERTES_AUX_PIECES_JOINTES] } },
      data: { modifieParId: utilisateurId },
    });
    if (count === 0) throw factureNonModifiable();
    const { _sum } = await tx.documentFacture.aggregate({ where: { factureId }, _sum: { taille: true } });
    if ((_sum.taille ?? 0) + contenu.taille > TAILLE_MAX_TOTALE) throw totalDepasse();
    await tx.documentFacture.create({
      data: {
        factureId,
        role: 'PIECE_JOINTE',
        nom: fichier.nom,
        typeMime: typeMime(fichier.nom),
        designation,
        typePieceJointe: type,
        ...contenu,
      },
    });
  });

  return presenterFacture(await trouverFactureEmise(ctx.db, utilisateurId, factureId));
}
