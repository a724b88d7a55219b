import type { Prisma } from '@choral/db';
import {
  arrondir,
  type FactureNormalisee,
  siretEtSiren,
  sommeDecimaux,
  versDecimal,
} from '@choral/domain/facture';
import type { DonneesBrouillon } from './donnees-brouillon.ts';

const enCentimes = (valeur: string): string => arrondir(versDecimal(valeur)).toFixed(2);

/** The recipient named by the document's buyer, when the annuaire knows it, and its service. */
async function destinataireDuDocument(
  tx: Prisma.TransactionClient,
  facture: FactureNormalisee,
): Promise<{ destinataireId: number | null; serviceId: number | null }> {
  const identifiant = siretEtSiren(facture.acheteur).siret ?? facture.acheteur.identifiantLegal?.valeur;
  const structure = identifiant
    ? await tx.structure.findFirst({
        where: { identifiant, type: 'PUBLIQUE' },
        include: { services: { where: { code: facture.referenceAcheteur ?? '' } } },
      })
    : null;

  return { destinataireId: structure?.id ?? null, serviceId: structure?.services[0]?.id ?? null };
}

/**
 * The form pre-filled from a deposited invoice, for the user to check and correct: BT-1/2/3/5,
 * the buyer as recipient with its service code (BT-10), engagement (BT-13), contract (BT-12),
 * original invoice (BG-3), totals and VAT breakdown. A plain PDF pre-fills nothing.
 */
export async function preRemplirDepot(
  tx: Prisma.TransactionClient,
  facture: FactureNormalisee | null,
): Promise<Partial<DonneesBrouillon>> {
  if (facture === null) return {};
  const { totaux } = facture;
  const tvaVentilee = facture.ventilationTva.flatMap((l) => (l.montant === null ? [] : [l.montant]));

  return {
    numero: facture.numero,
    type: facture.type === 'avoir' ? 'AVOIR' : 'FACTURE',
    dateFacture:
      facture.dateEmission && /^\d{4}-\d{2}-\d{2}$/.test(facture.dateEmission)
        ? new Date(facture.dateEmission)
        : null,
    devise: facture.devise ?? 'EUR',
    ...(await destinataireDuDocument(tx, facture)),
    numeroEngagement: facture.numeroEngagement,
    numeroMarche: facture.referenceContrat,
    factureOrigine: facture.factureAnterieure?.numero ?? null,
    montantHt: totaux.totalHt,
    montantTva: totaux.totalTva ?? (tvaVentilee.length > 0 ? sommeDecimaux(tvaVentilee) : null),
    montantTtc: totaux.totalTtc,
    montantAPayer: totaux.netAPayer,
    recapitulatifTva: facture.ventilationTva.map((l) => ({
      taux: l.taux ?? '0',
      baseHt: enCentimes(l.baseImposable ?? '0'),
      montantTva: enCentimes(l.montant ?? '0'),
    })),
    factureNormalisee: facture as unknown as Prisma.InputJsonValue,
  };
}
