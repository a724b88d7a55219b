-- CreateEnum
CREATE TYPE "EtatFlux" AS ENUM ('IN_RECU', 'IN_EN_ATTENTE_TRAITEMENT_CPP', 'IN_EN_COURS_TRAITEMENT_CPP', 'IN_INTEGRE', 'IN_INTEGRE_PARTIEL', 'IN_REJETE', 'IN_INCIDENTE');

-- AlterTable
ALTER TABLE "facture" ADD COLUMN     "flux_id" INTEGER,
ADD COLUMN     "rang_flux" INTEGER;

-- CreateTable
CREATE TABLE "flux" (
    "id" SERIAL NOT NULL,
    "numero" TEXT NOT NULL,
    "structure_id" INTEGER NOT NULL,
    "depose_par_id" INTEGER NOT NULL,
    "nom_fichier" TEXT NOT NULL,
    "syntaxe" TEXT NOT NULL,
    "avec_signature" BOOLEAN NOT NULL DEFAULT false,
    "canal" TEXT NOT NULL DEFAULT 'API',
    "sha256" TEXT NOT NULL,
    "taille" INTEGER NOT NULL,
    "etat" "EtatFlux" NOT NULL DEFAULT 'IN_RECU',
    "date_depot" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "date_etat" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nombre_factures" INTEGER,
    "erreurs_dp" JSONB NOT NULL DEFAULT '[]',
    "erreurs_techniques" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "flux_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "flux_numero_key" ON "flux"("numero");

-- CreateIndex
CREATE INDEX "flux_structure_id_date_depot_idx" ON "flux"("structure_id", "date_depot" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "facture_flux_id_rang_flux_key" ON "facture"("flux_id", "rang_flux");

-- AddForeignKey
ALTER TABLE "facture" ADD CONSTRAINT "facture_flux_id_fkey" FOREIGN KEY ("flux_id") REFERENCES "flux"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flux" ADD CONSTRAINT "flux_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flux" ADD CONSTRAINT "flux_depose_par_id_fkey" FOREIGN KEY ("depose_par_id") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flux" ADD CONSTRAINT "flux_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "contenu_document"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;
