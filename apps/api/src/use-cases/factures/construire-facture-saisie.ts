import type { Structure } from '@choral/db';
import type { FactureNormalisee, Partie } from '@choral/domain/facture';
import { normaliserDecimal } from '@choral/domain/facture';
import { type FactureComplete, lignesStockees, recapitulatifStocke } from '../../presenters/facture.ts';

/** EN 16931 specification of the invoices the portal generates. */
const SPECIFICATION = 'urn:cen.eu:en16931:2017';

const canonique = (valeur: string): string => normaliserDecimal(valeur) ?? valeur;

/** VAT category: standard rate, or zero-rated. */
const categorie = (taux: string): string => (Number(taux) === 0 ? 'Z' : 'S');

function partie(structure: Structure): Partie {
  return {
    nom: structure.raisonSociale,
    nomCommercial: null,
    identifiants: [],
    identifiantLegal: {
      valeur: structure.identifiant,
      schema: structure.typeIdentifiant === 'SIRET' ? '0002' : null,
    },
    numeroTva: structure.numeroTva,
    identifiantFiscal: null,
    adresseElectronique: null,
    adresse: {
      ligne1: structure.adresse,
      ligne2: null,
      ligne3: null,
      codePostal: structure.codePostal,
      ville: structure.ville,
      subdivision: null,
      pays: structure.pays,
    },
  };
}

/**
 * The normalized invoice of a manual entry, from which the portal generates its Factur-X:
 * the supplier and recipient structures as parties, the typed lines, the computed totals.
 */
export function construireFactureSaisie(
  f: FactureComplete & { destinataire: Structure },
  montantsTotaux: { ht: string; tva: string; ttc: string },
): FactureNormalisee {
  const avoir = f.type === 'AVOIR';

  return {
    specification: SPECIFICATION,
    cadreFacturation: f.cadre,
    numero: f.numero,
    type: avoir ? 'avoir' : 'facture',
    codeType: avoir ? '381' : '380',
    dateEmission: f.dateFacture?.toISOString().slice(0, 10) ?? null,
    dateEcheance: null,
    dateLivraison: null,
    periode: null,
    devise: f.devise,
    deviseComptable: null,
    notes: f.commentaire ? [{ sujet: null, texte: f.commentaire }] : [],
    vendeur: partie(f.fournisseur),
    acheteur: partie(f.destinataire),
    paysLivraison: null,
    referenceAcheteur: f.service?.code ?? null,
    numeroEngagement: f.numeroEngagement,
    referenceContrat: f.numeroMarche,
    factureAnterieure: f.factureOrigine ? { numero: f.factureOrigine, date: null } : null,
    conditionsPaiement: null,
    moyensPaiement: [],
    lignes: lignesStockees(f).map((ligne, i) => ({
      id: String(i + 1),
      nom: ligne.designation,
      description: null,
      quantite: canonique(ligne.quantite),
      unite: ligne.unite,
      prixUnitaireNet: canonique(ligne.prixUnitaireHt),
      prixUnitaireBrut: null,
      quantiteBase: null,
      montantNet: canonique(ligne.montantHt),
      categorieTva: categorie(ligne.tauxTva),
      tauxTva: canonique(ligne.tauxTva),
      remisesEtFrais: ligne.remise
        ? [
            {
              nature: 'remise',
              montant: canonique(ligne.remise),
              base: null,
              pourcentage: null,
              categorieTva: null,
              tauxTva: null,
              motif: 'Remise',
              codeMotif: null,
            },
          ]
        : [],
      statut: null,
      idLigneParente: null,
    })),
    remisesEtFrais: [],
    ventilationTva: recapitulatifStocke(f).map((r) => ({
      categorie: categorie(r.taux),
      taux: canonique(r.taux),
      baseImposable: canonique(r.baseHt),
      montant: canonique(r.montantTva),
      motifExoneration: null,
      codeMotifExoneration: null,
    })),
    totaux: {
      totalLignes: canonique(montantsTotaux.ht),
      totalRemises: null,
      totalFrais: null,
      totalHt: canonique(montantsTotaux.ht),
      totalTva: canonique(montantsTotaux.tva),
      totalTvaDeviseComptable: null,
      totalTtc: canonique(montantsTotaux.ttc),
      montantPrepaye: null,
      arrondi: null,
      netAPayer: canonique(montantsTotaux.ttc),
    },
  };
}
