import type { Db } from '@choral/db';
import { exigerRattachement } from '../../access/rattachement.ts';
import type { Perimetre } from './filtres-recherche.ts';
import { facturesRecuesPar, rattachementDestinataire } from './perimetre-destinataire.ts';

/** « Factures reçues » of one of the caller's public structures, within his services. */
export async function perimetreRecues(
  db: Db,
  utilisateurId: number,
  structureId: number,
): Promise<Perimetre> {
  return {
    cote: 'DESTINATAIRE',
    where: facturesRecuesPar(await rattachementDestinataire(db, utilisateurId, structureId)),
  };
}

/** « Factures émises » (drafts included) of one of the caller's structures. */
export async function perimetreEmises(
  db: Db,
  utilisateurId: number,
  structureId: number,
): Promise<Perimetre> {
  await exigerRattachement(db, utilisateurId, structureId);

  return { cote: 'FOURNISSEUR', where: { fournisseurId: structureId } };
}
