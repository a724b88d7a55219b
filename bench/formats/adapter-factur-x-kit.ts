import type { FactureNormalisee, Identifiant, Partie } from '@choral/domain/facture';

// factur-x-kit's profile objects are typed by a large zod union; the adapter reads them
// structurally, every field optional, as the lower profiles omit most of them.
type Objet = Record<string, unknown>;

const objet = (valeur: unknown): Objet =>
  valeur !== null && typeof valeur === 'object' ? (valeur as Objet) : {};
const liste = (valeur: unknown): unknown[] =>
  Array.isArray(valeur) ? valeur : valeur === undefined ? [] : [valeur];
const texte = (valeur: unknown): string | null => (typeof valeur === 'string' ? valeur : null);
const nombre = (valeur: unknown): string | null => (typeof valeur === 'number' ? String(valeur) : null);

function date(valeur: unknown): string | null {
  const { year, month, day } = objet(valeur);
  if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function identifiant(valeur: unknown): Identifiant | null {
  if (typeof valeur === 'string') return { valeur, schema: null };
  const { id, scheme } = objet(valeur);
  return typeof id === 'string' ? { valeur: id, schema: texte(scheme) } : null;
}

function partie(valeur: unknown): Partie {
  const p = objet(valeur);
  const legal = objet(p.specifiedLegalOrganization);
  const adresse = objet(p.postalAddress);
  return {
    nom: texte(p.name),
    nomCommercial: texte(legal.tradingBusinessName),
    identifiants: [...liste(p.id), ...liste(p.globalId)]
      .map(identifiant)
      .filter((id): id is Identifiant => id !== null),
    identifiantLegal: identifiant(legal.id),
    numeroTva: texte(objet(p.taxIdentification).vatId),
    identifiantFiscal: texte(objet(p.taxIdentification).localTaxId),
    adresseElectronique: identifiant(p.universalCommunicationAddressURI),
    adresse: {
      ligne1: texte(adresse.addressLineOne),
      ligne2: texte(adresse.addressLineTwo),
      ligne3: texte(adresse.addressLineThree),
      codePostal: texte(adresse.postcode),
      ville: texte(adresse.city),
      subdivision: texte(adresse.countrySubDivision),
      pays: texte(adresse.country),
    },
  };
}

/** factur-x-kit's parsed object mapped onto Choral's model, so both are scored by the same comparison. */
export function factureDepuisFacturXKit(donnees: unknown): FactureNormalisee {
  const d = objet(donnees);
  const document = objet(d.document);
  const totaux = objet(d.totals);
  const references = objet(d.referencedDocuments);
  const devise = texte(document.currency);
  const deviseComptable = texte(totaux.taxCurrency);
  const totauxTva = liste(totaux.taxTotal).map(objet);
  const tvaDans = (code: string | null): string | null =>
    nombre(
      totauxTva.find((t) => t.currency === code)?.amount ??
        (code === devise ? totauxTva[0]?.amount : undefined),
    );
  const termes = liste(objet(d.paymentInformation).paymentTerms).map(objet);
  return {
    specification: texte(d.profile),
    cadreFacturation: null,
    numero: texte(document.id),
    type: 'facture',
    codeType: texte(document.type),
    dateEmission: date(document.dateOfIssue),
    dateEcheance: termes.map((t) => date(t.dueDate)).find((e) => e !== null) ?? null,
    dateLivraison: null,
    periode: null,
    devise,
    deviseComptable,
    notes: [],
    vendeur: partie(d.seller),
    acheteur: partie(d.buyer),
    paysLivraison: null,
    referenceAcheteur: texte(objet(d.buyer).reference),
    numeroEngagement: texte(objet(references.orderReference).documentId),
    referenceContrat: texte(objet(references.contractReference).documentId),
    factureAnterieure: null,
    conditionsPaiement: null,
    moyensPaiement: [],
    lignes: liste(d.invoiceLines).map((brute) => {
      const l = objet(brute);
      const reglement = objet(l.settlement);
      return {
        id: texte(objet(l.generalLineData).lineId),
        nom: texte(objet(l.productDescription).name),
        description: null,
        quantite: nombre(objet(objet(l.delivery).itemQuantity).quantity),
        unite: texte(objet(objet(l.delivery).itemQuantity).unit),
        prixUnitaireNet: nombre(objet(objet(l.productPriceAgreement).productNetPricing).netPricePerItem),
        prixUnitaireBrut: null,
        quantiteBase: null,
        montantNet: nombre(objet(reglement.lineTotals).netTotal),
        categorieTva: texte(objet(reglement.tax).categoryCode),
        tauxTva: nombre(objet(reglement.tax).rateApplicablePercent),
        remisesEtFrais: [],
        statut: null,
        idLigneParente: null,
      };
    }),
    remisesEtFrais: [],
    ventilationTva: liste(totaux.taxBreakdown).map((brute) => {
      const v = objet(brute);
      return {
        categorie: texte(v.categoryCode),
        taux: nombre(v.rateApplicablePercent),
        baseImposable: nombre(v.basisAmount),
        montant: nombre(v.calculatedAmount),
        motifExoneration: texte(v.exemptionReason),
        codeMotifExoneration: texte(v.exemptionReasonCode),
      };
    }),
    totaux: {
      totalLignes: nombre(totaux.sumWithoutAllowancesAndCharges),
      totalRemises: nombre(totaux.allowanceTotalAmount),
      totalFrais: nombre(totaux.chargeTotalAmount),
      totalHt: nombre(totaux.netTotal),
      totalTva: tvaDans(devise),
      totalTvaDeviseComptable: deviseComptable === null ? null : tvaDans(deviseComptable),
      totalTtc: nombre(totaux.grossTotal),
      montantPrepaye: nombre(totaux.prepaidAmount),
      arrondi: nombre(totaux.roundingAmount),
      netAPayer: nombre(totaux.openAmount),
    },
  };
}
