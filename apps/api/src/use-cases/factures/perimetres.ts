import type { Db } from '@choral/db';
import { exigerHabilitation } from '../../access/rattachement.ts';
import { type Perimetre, STATUTS_DU_COTE } from './filtres-recherche.ts';
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

/**
 * « Factures à valider » of one of the caller's structures (habilitation required): the A9 / A12
 * invoices naming it as valideur, once put to it. The valideur's service is indicative: every
 * member habilitated sees them all.
 */
export async function perimetreAValider(
  db: Db,
  utilisateurId: number,
  structureId: number,
): Promise<Perimetre> {
  await exigerHabilitation(db, utilisateurId, structureId, 'FACTURES_A_VALIDER');

  return {
    cote: 'VALIDEUR',
    where: { valideurId: structureId, statut: { in: [...STATUTS_DU_COTE.VALIDEUR] } },
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
