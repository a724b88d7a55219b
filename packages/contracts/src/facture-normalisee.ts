import type { FactureNormalisee } from '@choral/domain/facture';
import { MOTIF_DECIMAL_CANONIQUE } from '@choral/domain/facture';
import { z } from 'zod';

/** Canonical decimal string ("1234.5", "-0.25", "0"): exact, never a JSON number. */
const ValeurDecimaleSchema = z.string().regex(MOTIF_DECIMAL_CANONIQUE, 'valeur décimale canonique attendue');
const DecimalOuNull = ValeurDecimaleSchema.nullable();
const TexteOuNull = z.string().nullable();

const IdentifiantSchema = z.object({ valeur: z.string(), schema: TexteOuNull });

const AdresseSchema = z.object({
  ligne1: TexteOuNull,
  ligne2: TexteOuNull,
  ligne3: TexteOuNull,
  codePostal: TexteOuNull,
  ville: TexteOuNull,
  subdivision: TexteOuNull,
  pays: TexteOuNull,
});

const PartieSchema = z.object({
  nom: TexteOuNull,
  nomCommercial: TexteOuNull,
  identifiants: z.array(IdentifiantSchema),
  identifiantLegal: IdentifiantSchema.nullable(),
  numeroTva: TexteOuNull,
  identifiantFiscal: TexteOuNull,
  adresseElectronique: IdentifiantSchema.nullable(),
  adresse: AdresseSchema.nullable(),
});

const RemiseOuFraisSchema = z.object({
  nature: z.enum(['remise', 'frais']),
  montant: DecimalOuNull,
  base: DecimalOuNull,
  pourcentage: DecimalOuNull,
  categorieTva: TexteOuNull,
  tauxTva: DecimalOuNull,
  motif: TexteOuNull,
  codeMotif: TexteOuNull,
});

const LigneFactureSchema = z.object({
  id: TexteOuNull,
  nom: TexteOuNull,
  description: TexteOuNull,
  quantite: DecimalOuNull,
  unite: TexteOuNull,
  prixUnitaireNet: DecimalOuNull,
  prixUnitaireBrut: DecimalOuNull,
  quantiteBase: DecimalOuNull,
  montantNet: DecimalOuNull,
  categorieTva: TexteOuNull,
  tauxTva: DecimalOuNull,
  remisesEtFrais: z.array(RemiseOuFraisSchema),
  statut: TexteOuNull,
  idLigneParente: TexteOuNull,
});

const LigneTvaSchema = z.object({
  categorie: TexteOuNull,
  taux: DecimalOuNull,
  baseImposable: DecimalOuNull,
  montant: DecimalOuNull,
  motifExoneration: TexteOuNull,
  codeMotifExoneration: TexteOuNull,
});

const TotauxSchema = z.object({
  totalLignes: DecimalOuNull,
  totalRemises: DecimalOuNull,
  totalFrais: DecimalOuNull,
  totalHt: DecimalOuNull,
  totalTva: DecimalOuNull,
  totalTvaDeviseComptable: DecimalOuNull,
  totalTtc: DecimalOuNull,
  montantPrepaye: DecimalOuNull,
  arrondi: DecimalOuNull,
  netAPayer: DecimalOuNull,
});

/** The normalized invoice read from a Factur-X, CII or UBL document (type in `@choral/domain/facture`). */
export const FactureNormaliseeSchema = z.object({
  specification: TexteOuNull,
  cadreFacturation: TexteOuNull,
  numero: TexteOuNull,
  type: z.enum(['facture', 'avoir']),
  codeType: TexteOuNull,
  dateEmission: TexteOuNull,
  dateEcheance: TexteOuNull,
  dateLivraison: TexteOuNull,
  periode: z.object({ debut: TexteOuNull, fin: TexteOuNull }).nullable(),
  devise: TexteOuNull,
  deviseComptable: TexteOuNull,
  notes: z.array(z.object({ sujet: TexteOuNull, texte: z.string() })),
  vendeur: PartieSchema,
  acheteur: PartieSchema,
  paysLivraison: TexteOuNull,
  referenceAcheteur: TexteOuNull,
  numeroEngagement: TexteOuNull,
  referenceContrat: TexteOuNull,
  factureAnterieure: z.object({ numero: z.string(), date: TexteOuNull }).nullable(),
  conditionsPaiement: TexteOuNull,
  moyensPaiement: z.array(
    z.object({ code: TexteOuNull, libelle: TexteOuNull, compte: TexteOuNull, bic: TexteOuNull }),
  ),
  lignes: z.array(LigneFactureSchema),
  remisesEtFrais: z.array(RemiseOuFraisSchema),
  ventilationTva: z.array(LigneTvaSchema),
  totaux: TotauxSchema,
});

// Compile-time guard: the schema and the domain type must describe exactly the same shape.
type Inferee = z.infer<typeof FactureNormaliseeSchema>;
type Identiques<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaConformeAuDomaine: Identiques<Inferee, FactureNormalisee> = true;
void schemaConformeAuDomaine;
