import type { Db } from '@choral/db';
import { exigerHabilitation } from '../../access/rattachement.ts';
import type { Perimetre } from './filtres-recherche.ts';
import { facturesRecuesPar } from './perimetre-destinataire.ts';

/** « Factures reçues » of one of the caller's public structures, within his services (habilitation required). */
export async function perimetreRecues(
  db: Db,
  utilisateurId: number,
  structureId: number,
): Promise<Perimetre> {
  return {
    cote: 'DESTINATAIRE',
    where: facturesRecuesPar({
      structureId,
      serviceIds: (await exigerHabilitation(db, utilisateurId, structureId, 'FACTURES_RECUES')).serviceIds,
    }),
  };
}

/** « Factures émises » (drafts included) of one of the caller's structures (habilitation required). */
export async function perimetreEmises(
  db: Db,
  utilisateurId: number,
  structureId: number,
): Promise<Perimetre> {
  await exigerHabilitation(db, utilisateurId, structureId, 'FACTURES_EMISES');

  return { cote: 'FOURNISSEUR', where: { fournisseurId: structureId } };
}
