-- AlterTable
ALTER TABLE "facture" ADD COLUMN     "parties" JSONB;

-- Backfill: invoices already deposited keep the parties as they are today (the closest record
-- of the deposit there is). Drafts keep none: they show the live structures until sent.
UPDATE "facture" AS f
SET "parties" = jsonb_build_object(
  'fournisseur', jsonb_build_object(
    'typeIdentifiant', fo."type_identifiant", 'identifiant', fo."identifiant", 'raisonSociale', fo."raison_sociale",
    'numeroTva', fo."numero_tva", 'adresse', fo."adresse", 'codePostal', fo."code_postal", 'ville', fo."ville", 'pays', fo."pays"),
  'destinataire', jsonb_build_object(
    'typeIdentifiant', de."type_identifiant", 'identifiant', de."identifiant", 'raisonSociale', de."raison_sociale",
    'numeroTva', de."numero_tva", 'adresse', de."adresse", 'codePostal', de."code_postal", 'ville', de."ville", 'pays', de."pays"),
  'service', (SELECT jsonb_build_object('code', se."code", 'libelle', se."libelle") FROM "service" AS se WHERE se."id" = f."service_id")
)
FROM "structure" AS fo, "structure" AS de
WHERE f."date_depot" IS NOT NULL AND fo."id" = f."fournisseur_id" AND de."id" = f."destinataire_id";
