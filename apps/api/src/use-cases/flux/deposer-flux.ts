import { randomBytes } from 'node:crypto';
import { ErreurMetier } from '@choral/domain/erreurs';
import {
  type CanalFlux,
  estSyntaxeFlux,
  numeroFlux,
  OCTETS_NUMERO_FLUX,
  SYNTAXES_FLUX,
  type SyntaxeFlux,
} from '@choral/domain/flux';
import { exigerHabilitation } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { estArchive } from '../../documents/depaqueter-flux.ts';
import type { FichierRecu } from '../../documents/formulaire-fichier.ts';
import { TAILLE_MAX_FACTURE, tropVolumineux } from '../../documents/limites-fichiers.ts';
import { fileDe } from '../../jobs/file-travaux.ts';

export interface FluxRecu {
  id: number;
  numero: string;
  dateDepot: Date;
  syntaxe: string;
}

function refus(champ: string, message: string, code: 'REQUETE_INVALIDE' | 'TYPE_FICHIER_REFUSE') {
  return new ErreurMetier(code, message, { champs: [{ champ: `/${champ}`, message }] });
}

/** What the first bytes say the file is: a batch, a PDF, an XML document, or something else. */
function nature(octets: Buffer): 'archive' | 'pdf' | 'xml' | 'autre' {
  if (estArchive(octets)) return 'archive';
  const debut = octets.subarray(0, 1024).toString('latin1');
  if (debut.startsWith('%PDF-')) return 'pdf';
  if (/^(\uFEFF|ï»¿)?\s*</.test(debut)) return 'xml';

  return 'autre';
}

/** The file is what its syntax announces (an XML, or a PDF for Factur-X) or a batch; refused otherwise. */
function verifierNature(octets: Buffer, nomFichier: string, syntaxe: SyntaxeFlux): void {
  const lu = nature(octets);
  const attendu = SYNTAXES_FLUX[syntaxe].format === 'factur-x' ? 'pdf' : 'xml';
  if (lu !== 'archive' && lu !== attendu) {
    throw refus(
      'fichierFlux',
      `Le fichier « ${nomFichier} » n’est ${lu === 'autre' ? 'ni un XML, ni un PDF, ni une archive .zip ou .tar.gz' : `pas un ${attendu.toUpperCase()}`} : la syntaxe ${syntaxe} attend ${attendu === 'pdf' ? 'un PDF Factur-X' : 'une facture XML'} ou un lot (.zip, .tar.gz).`,
      'TYPE_FICHIER_REFUSE',
    );
  }
}

/**
 * `deposer/flux` at reception, as the real platform answers at once (and the portal's « Déposer
 * un flux »): the syntax must be one of Chorus Pro's, the file readable as its syntax says (an
 * XML for E1, a PDF for Factur-X, or a batch). The file is stored as it streams, then checked
 * (refused, nothing of it stays); it is numbered and queued (IN_EN_ATTENTE_TRAITEMENT_CPP) in one
 * transaction. The invoices themselves are checked by the integration job.
 */
export async function deposerFlux(
  ctx: Pick<AppContext, 'db' | 'stockage' | 'file'>,
  utilisateurId: number,
  d: {
    structureId: number;
    syntaxe: string;
    avecSignature: boolean;
    fichier: FichierRecu;
    canal: CanalFlux;
  },
): Promise<FluxRecu> {
  await exigerHabilitation(ctx.db, utilisateurId, d.structureId, 'FACTURES_EMISES');
  const syntaxe = d.syntaxe;
  if (!estSyntaxeFlux(syntaxe)) {
    throw refus(
      'syntaxeFlux',
      `Syntaxe de flux inconnue : ${syntaxe}. Syntaxes acceptées : ${Object.keys(SYNTAXES_FLUX).join(', ')}.`,
      'REQUETE_INVALIDE',
    );
  }
  const nomFichier = d.fichier.nom;
  const contenu = await ctx.stockage.enregistrerApresLecture(
    d.fichier.flux,
    {
      max: TAILLE_MAX_FACTURE,
      tropVolumineux: () => tropVolumineux(TAILLE_MAX_FACTURE),
      vide: () => refus('fichierFlux', 'Le fichier du flux est vide.', 'REQUETE_INVALIDE'),
    },
    async (octets) => verifierNature(octets, nomFichier, syntaxe),
  );
  const dateDepot = new Date();
  const flux = await ctx.db.$transaction(async (tx) => {
    const cree = await tx.flux.create({
      data: {
        numero: numeroFlux(randomBytes(OCTETS_NUMERO_FLUX)),
        structureId: d.structureId,
        deposeParId: utilisateurId,
        nomFichier,
        syntaxe,
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

  return { id: flux.id, numero: flux.numero, dateDepot, syntaxe: flux.syntaxe };
}
