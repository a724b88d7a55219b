import { randomBytes } from 'node:crypto';
import { ErreurMetier } from '@choral/domain/erreurs';
import { estSyntaxeFlux, numeroFlux, OCTETS_NUMERO_FLUX, SYNTAXES_FLUX } from '@choral/domain/flux';
import { exigerHabilitation } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { TAILLE_MAX_FACTURE, tropVolumineux } from '../../documents/limites-fichiers.ts';
import { source } from '../../documents/stockage-documents.ts';
import { fileDe } from '../../jobs/file-travaux.ts';

export interface FluxRecu {
  numero: string;
  dateDepot: Date;
  syntaxe: string;
}

/** Where a flux came from: PISTE's API, the legacy /service base, or the portal's upload. */
export type CanalFlux = 'API' | 'API_HISTORIQUE' | 'PORTAIL';

function refus(champ: string, message: string, code: 'REQUETE_INVALIDE' | 'TYPE_FICHIER_REFUSE') {
  return new ErreurMetier(code, message, { champs: [{ champ: `/${champ}`, message }] });
}

/** What the first bytes say the file is: a batch, a PDF, an XML document, or something else. */
function nature(octets: Buffer): 'archive' | 'pdf' | 'xml' | 'autre' {
  if (octets.length > 4 && octets.readUInt32LE(0) === 0x04034b50) return 'archive';
  if (octets.length > 2 && octets[0] === 0x1f && octets[1] === 0x8b) return 'archive';
  if (octets.length > 262 && octets.toString('latin1', 257, 262) === 'ustar') return 'archive';
  const debut = octets.subarray(0, 1024).toString('latin1');
  if (debut.startsWith('%PDF-')) return 'pdf';
  if (/^(\uFEFF|ï»¿)?\s*</.test(debut)) return 'xml';

  return 'autre';
}

/**
 * `deposer/flux` at reception, as the real platform answers at once: the syntax must be one of
 * Chorus Pro's, the file readable as its syntax says (an XML for E1, a PDF for Factur-X, or a
 * batch); it is stored, numbered and queued (IN_EN_ATTENTE_TRAITEMENT_CPP) in one transaction.
 * The invoices themselves are checked by the integration job.
 */
export async function deposerFlux(
  ctx: Pick<AppContext, 'db' | 'stockage' | 'file'>,
  utilisateurId: number,
  d: {
    structureId: number;
    nomFichier: string;
    syntaxe: string;
    avecSignature: boolean;
    octets: Buffer;
    canal: CanalFlux;
  },
): Promise<FluxRecu> {
  await exigerHabilitation(ctx.db, utilisateurId, d.structureId, 'FACTURES_EMISES');
  if (!estSyntaxeFlux(d.syntaxe)) {
    throw refus(
      'syntaxeFlux',
      `Syntaxe de flux inconnue : ${d.syntaxe}. Syntaxes acceptées : ${Object.keys(SYNTAXES_FLUX).join(', ')}.`,
      'REQUETE_INVALIDE',
    );
  }
  if (d.octets.length === 0) throw refus('fichierFlux', 'Le fichier du flux est vide.', 'REQUETE_INVALIDE');
  const lu = nature(d.octets);
  const attendu = SYNTAXES_FLUX[d.syntaxe].format === 'factur-x' ? 'pdf' : 'xml';
  if (lu !== 'archive' && lu !== attendu) {
    throw refus(
      'fichierFlux',
      `Le fichier « ${d.nomFichier} » n’est ${lu === 'autre' ? 'ni un XML, ni un PDF, ni une archive .zip ou .tar.gz' : `pas un ${attendu.toUpperCase()}`} : la syntaxe ${d.syntaxe} attend ${attendu === 'pdf' ? 'un PDF Factur-X' : 'une facture XML'} ou un lot (.zip, .tar.gz).`,
      'TYPE_FICHIER_REFUSE',
    );
  }
  const contenu = await ctx.stockage.enregistrer(source(d.octets), {
    max: TAILLE_MAX_FACTURE,
    tropVolumineux: () => tropVolumineux(TAILLE_MAX_FACTURE),
  });
  const dateDepot = new Date();
  const flux = await ctx.db.$transaction(async (tx) => {
    const cree = await tx.flux.create({
      data: {
        numero: numeroFlux(randomBytes(OCTETS_NUMERO_FLUX)),
        structureId: d.structureId,
        deposeParId: utilisateurId,
        nomFichier: d.nomFichier,
        syntaxe: d.syntaxe,
        avecSignature: d.avecSignature,
        canal: d.canal,
        sha256: contenu.sha256,
        taille: contenu.taille,
        etat: 'IN_EN_ATTENTE_TRAITEMENT_CPP',
        dateDepot,
        dateEtat: dateDepot,
      },
    });
    // The integration is a job sent in this transaction: it exists if and only if the flux does.
    await fileDe(ctx).integrerFlux(tx, cree.id);

    return cree;
  });

  return { numero: flux.numero, dateDepot, syntaxe: flux.syntaxe };
}
