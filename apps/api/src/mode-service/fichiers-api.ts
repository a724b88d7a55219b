import { Readable } from 'node:stream';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import type { AppContext } from '../app-context.ts';
import { extension } from '../documents/fichiers.ts';
import type { FichierRecu } from '../documents/formulaire-fichier.ts';
import type { LecteurFactures } from '../documents/lecteur-factures.ts';
import { TAILLE_MAX_PIECE_JOINTE } from '../documents/limites-fichiers.ts';
import type { AppelantApi } from './acces-api.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes a base64 file field, naming it when it is not base64. */
export function decoderBase64(valeur: string, champ: string): Buffer {
  const compact = valeur.replace(/\s/g, '');
  if (!BASE64.test(compact)) {
    throw new ErreurMetier(
      'REQUETE_INVALIDE',
      `Le champ ${champ} doit contenir le fichier encodé en base64.`,
      {
        champs: [{ champ: `/${champ}`, message: 'Base64 attendu.' }],
      },
    );
  }

  return Buffer.from(compact, 'base64');
}

/**
 * `ajouter/fichier`: keeps a file for the compte technique until `soumettre` or `completer`
 * uses its id. Chorus Pro refuses 10 MB and more with 20003.
 */
export async function ajouterFichierApi(
  ctx: AppContext,
  a: AppelantApi,
  { nom, base64 }: { nom: string; base64: string },
): Promise<number> {
  const octets = decoderBase64(base64, 'pieceJointeFichier');
  if (octets.length >= TAILLE_MAX_PIECE_JOINTE) {
    throw new ErreurMetier('FICHIER_TROP_VOLUMINEUX', 'Chaque pièce jointe doit faire moins de 10 Mo.');
  }
  if (octets.length === 0) {
    throw new ErreurMetier('REGLE_METIER', 'Le fichier est vide.', {
      champs: [{ champ: '/pieceJointeFichier', message: 'Fichier vide.' }],
    });
  }
  const fichier = await ctx.db.fichierApi.create({
    data: { compteTechniqueId: a.compteId, nom, octets: new Uint8Array(octets) },
    select: { id: true },
  });

  return fichier.id;
}

/** A file this compte technique added (another account's id does not exist for it). */
export async function lireFichierApi(ctx: AppContext, a: AppelantApi, id: number): Promise<FichierRecu> {
  const fichier = await ctx.db.fichierApi.findFirst({ where: { id, compteTechniqueId: a.compteId } });
  if (!fichier)
    throw introuvable(`Pièce jointe ${id} introuvable : envoyez-la d’abord avec ajouter/fichier.`);

  return { nom: fichier.nom, flux: Readable.from([Buffer.from(fichier.octets)]) };
}

/**
 * `deposer/pdf`: keeps the PDF like `ajouter/fichier` and answers what the portal reads in it
 * (a Factur-X gives its data, a plain PDF nothing): the connector then calls `soumettre`.
 */
export async function deposerPdfApi(
  ctx: AppContext,
  lecteur: LecteurFactures,
  a: AppelantApi,
  { nom, base64 }: { nom: string; base64: string },
) {
  if (extension(nom) !== 'pdf') {
    throw new ErreurMetier('TYPE_FICHIER_REFUSE', 'nomFichier : un fichier .pdf est attendu.');
  }
  const octets = decoderBase64(base64, 'fichierFacture');
  const lecture = await lecteur.lire(octets);
  if (!lecture.ok) throw new ErreurMetier('REGLE_METIER', lecture.erreur.message);
  const f = lecture.lecture.facture;
  const { id } = await ctx.db.fichierApi.create({
    data: { compteTechniqueId: a.compteId, nom, octets: new Uint8Array(octets) },
    select: { id: true },
  });
  const nombre = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));

  return {
    pieceJointeId: id,
    numeroFacture: f?.numero ?? null,
    dateFacture: f?.dateEmission ?? null,
    codeDestinataire: f?.acheteur.identifiantLegal?.valeur ?? null,
    codeServiceExecutant: f?.referenceAcheteur ?? null,
    codeFournisseur: f?.vendeur.identifiantLegal?.valeur ?? null,
    codeDeviseFacture: f?.devise ?? null,
    typeFacture: f ? (f.type === 'avoir' ? 'AVOIR' : 'FACTURE') : null,
    numeroBonCommande: f?.numeroEngagement ?? null,
    montantAPayer: nombre(f?.totaux.netAPayer),
    montantHtTotal: nombre(f?.totaux.totalHt),
    montantTVA: nombre(f?.totaux.totalTva),
    montantTtcAvantRemiseGlobalTTC: nombre(f?.totaux.totalTtc),
  };
}
