import type { DonneesFacture } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { type CodeProblemeDepot, calculerTotaux, verifierDestinataire } from '@choral/domain/depot';
import { contexteDestinataire } from './contexte-destinataire.ts';
import { jourDepot } from './jour-depot.ts';
import { pointeur, refusDepot } from './refus-depot.ts';
import { valideurNomme } from './valideur-nomme.ts';

/** Columns of `facture` a draft's form fills. */
export type DonneesBrouillon = Omit<
  Prisma.FactureUncheckedCreateInput,
  'mode' | 'fournisseurId' | 'creeParId' | 'modifieParId'
>;

const INCONNUS: ReadonlySet<CodeProblemeDepot> = new Set([
  'DESTINATAIRE_INCONNU',
  'SERVICE_INCONNU',
  'VALIDEUR_INCONNU',
  'SERVICE_VALIDEUR_INCONNU',
]);

/**
 * The recipient structure and service named in the form. A draft may leave them empty, but
 * not name ones that don't exist: the form picks them from the annuaire. Whether they may
 * receive this invoice is checked at submission.
 */
async function resoudreDestinataire(
  tx: Prisma.TransactionClient,
  { identifiant, codeService }: DonneesFacture['destinataire'],
): Promise<{ destinataireId: number | null; serviceId: number | null }> {
  if (identifiant === null) return { destinataireId: null, serviceId: null };
  // Public structures first: they are the ones that receive invoices.
  const structure = await tx.structure.findFirst({
    where: { identifiant: identifiant.replace(/\s/g, '') },
    orderBy: { type: 'desc' },
    include: { services: { where: { code: codeService ?? '' } } },
  });
  const service = structure?.services[0] ?? null;
  // Only existence is checked here: the supplier's nature and the dates matter at submission.
  const contexte = contexteDestinataire(structure, service, {
    natureFournisseur: 'PRIVEE',
    references: { codeService },
    dateDepot: jourDepot(),
  });
  const inconnus = verifierDestinataire(contexte).filter((p) => INCONNUS.has(p.code));
  if (inconnus.length > 0) {
    throw refusDepot(
      inconnus.map((p) => ({ code: p.code, pointeur: pointeur(p.champ), message: p.message })),
    );
  }

  return { destinataireId: structure?.id ?? null, serviceId: service?.id ?? null };
}

/**
 * The valideur named in the form (A9 / A12), private or public. As for the recipient, a draft may
 * leave it empty but not name an unknown one; the other checks run at submission.
 */
async function resoudreValideur(
  tx: Prisma.TransactionClient,
  cadre: string,
  fournisseurId: number,
  valideur: DonneesFacture['valideur'],
): Promise<{ valideurId: number | null; codeServiceValideur: string | null }> {
  if (valideur.identifiant === null) return { valideurId: null, codeServiceValideur: null };
  const { structure, problemes } = await valideurNomme(tx, cadre, fournisseurId, valideur);
  const inconnus = problemes.filter((p) => INCONNUS.has(p.code));
  if (inconnus.length > 0) {
    throw refusDepot(
      inconnus.map((p) => ({ code: p.code, pointeur: pointeur(p.champ), message: p.message })),
    );
  }

  return { valideurId: structure?.id ?? null, codeServiceValideur: valideur.codeService };
}

/** Amounts and VAT summary: computed from the lines for a manual entry, as typed otherwise. */
function montants(mode: 'DEPOT' | 'SAISIE', donnees: DonneesFacture) {
  if (mode === 'DEPOT')
    return { ...donnees.montants, recapitulatifTva: donnees.recapitulatifTva, lignes: [] };
  const totaux = calculerTotaux(donnees.lignes);

  return {
    montantHt: totaux.montantHt,
    montantTva: totaux.montantTva,
    montantTtc: totaux.montantTtc,
    montantAPayer: totaux.montantTtc,
    recapitulatifTva: totaux.recapitulatifTva.map((ligne) => ({ ...ligne })),
    lignes: donnees.lignes.map((ligne, i) => ({ ...ligne, montantHt: totaux.montantsLignes[i] })),
  };
}

/** The draft columns for a form, replacing every editable field. */
export async function donneesBrouillon(
  tx: Prisma.TransactionClient,
  mode: 'DEPOT' | 'SAISIE',
  donnees: DonneesFacture,
  fournisseurId: number,
): Promise<DonneesBrouillon> {
  const { identification, references } = donnees;

  return {
    cadre: donnees.cadre,
    numero: identification.numero,
    type: identification.type,
    dateFacture: identification.dateFacture ? new Date(identification.dateFacture) : null,
    devise: identification.devise,
    ...(await resoudreDestinataire(tx, donnees.destinataire)),
    ...(await resoudreValideur(tx, donnees.cadre, fournisseurId, donnees.valideur)),
    numeroEngagement: references.numeroEngagement,
    numeroMarche: references.numeroMarche,
    factureOrigine: references.factureOrigine,
    ...montants(mode, donnees),
    commentaire: donnees.commentaire,
  };
}
