-- CreateEnum
CREATE TYPE "StatutFacture" AS ENUM ('BROUILLON', 'DEPOSEE', 'EN_COURS_ACHEMINEMENT', 'MISE_A_DISPOSITION', 'PRISE_EN_COMPTE_DESTINATAIRE', 'A_RECYCLER', 'SUSPENDUE', 'COMPLETEE', 'REJETEE', 'SERVICE_FAIT', 'MANDATEE', 'MISE_A_DISPOSITION_COMPTABLE', 'COMPTABILISEE', 'MISE_EN_PAIEMENT', 'ABANDONNEE', 'SUPPRIMEE');

-- CreateEnum
CREATE TYPE "TypeFacture" AS ENUM ('FACTURE', 'AVOIR');

-- CreateEnum
CREATE TYPE "ModeDepot" AS ENUM ('DEPOT', 'SAISIE');

-- CreateEnum
CREATE TYPE "RoleDocument" AS ENUM ('ORIGINAL', 'FACTURX_GENERE', 'PIECE_JOINTE');

-- CreateTable
CREATE TABLE "facture" (
    "id" SERIAL NOT NULL,
    "numero_portail" TEXT,
    "cadre" TEXT NOT NULL,
    "mode" "ModeDepot" NOT NULL,
    "fournisseur_id" INTEGER NOT NULL,
    "destinataire_id" INTEGER,
    "service_id" INTEGER,
    "numero" TEXT,
    "type" "TypeFacture" NOT NULL DEFAULT 'FACTURE',
    "date_facture" DATE,
    "devise" TEXT NOT NULL DEFAULT 'EUR',
    "numero_engagement" TEXT,
    "numero_marche" TEXT,
    "facture_origine" TEXT,
    "montant_ht" DECIMAL(18,2),
    "montant_tva" DECIMAL(18,2),
    "montant_ttc" DECIMAL(18,2),
    "montant_a_payer" DECIMAL(18,2),
    "recapitulatif_tva" JSONB NOT NULL DEFAULT '[]',
    "lignes" JSONB NOT NULL DEFAULT '[]',
    "facture_normalisee" JSONB,
    "commentaire" TEXT,
    "statut" "StatutFacture" NOT NULL DEFAULT 'BROUILLON',
    "format_origine" TEXT,
    "profil" TEXT,
    "date_depot" TIMESTAMP(3),
    "empreinte" TEXT,
    "numero_consomme" TEXT,
    "cree_par_id" INTEGER NOT NULL,
    "modifie_par_id" INTEGER NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifie_le" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "facture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_facture" (
    "id" SERIAL NOT NULL,
    "facture_id" INTEGER NOT NULL,
    "role" "RoleDocument" NOT NULL,
    "nom" TEXT NOT NULL,
    "type_mime" TEXT NOT NULL,
    "taille" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "designation" TEXT,
    "type_piece_jointe" TEXT,
    "cle" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_facture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contenu_document" (
    "cle" TEXT NOT NULL,
    "octets" BYTEA NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contenu_document_pkey" PRIMARY KEY ("cle")
);

-- CreateTable
CREATE TABLE "historique_facture" (
    "id" SERIAL NOT NULL,
    "facture_id" INTEGER NOT NULL,
    "statut" "StatutFacture" NOT NULL,
    "le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "utilisateur_id" INTEGER,
    "motif" TEXT,
    "commentaire" TEXT,

    CONSTRAINT "historique_facture_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "facture_numero_portail_key" ON "facture"("numero_portail");

-- CreateIndex
CREATE INDEX "facture_fournisseur_id_date_depot_idx" ON "facture"("fournisseur_id", "date_depot" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "facture_fournisseur_id_numero_consomme_key" ON "facture"("fournisseur_id", "numero_consomme");

-- CreateIndex
CREATE UNIQUE INDEX "document_facture_cle_key" ON "document_facture"("cle");

-- CreateIndex
CREATE INDEX "document_facture_facture_id_idx" ON "document_facture"("facture_id");

-- CreateIndex
CREATE INDEX "historique_facture_facture_id_le_idx" ON "historique_facture"("facture_id", "le");

-- AddForeignKey
ALTER TABLE "facture" ADD CONSTRAINT "facture_fournisseur_id_fkey" FOREIGN KEY ("fournisseur_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facture" ADD CONSTRAINT "facture_destinataire_id_fkey" FOREIGN KEY ("destinataire_id") REFERENCES "structure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facture" ADD CONSTRAINT "facture_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facture" ADD CONSTRAINT "facture_cree_par_id_fkey" FOREIGN KEY ("cree_par_id") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facture" ADD CONSTRAINT "facture_modifie_par_id_fkey" FOREIGN KEY ("modifie_par_id") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_facture" ADD CONSTRAINT "document_facture_facture_id_fkey" FOREIGN KEY ("facture_id") REFERENCES "facture"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "historique_facture" ADD CONSTRAINT "historique_facture_facture_id_fkey" FOREIGN KEY ("facture_id") REFERENCES "facture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "historique_facture" ADD CONSTRAINT "historique_facture_utilisateur_id_fkey" FOREIGN KEY ("utilisateur_id") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

