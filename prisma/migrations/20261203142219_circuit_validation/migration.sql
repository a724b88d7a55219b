-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "StatutFacture" ADD VALUE 'A_VALIDER_1';
ALTER TYPE "StatutFacture" ADD VALUE 'ERREUR_FOURNISSEUR_SUR_VALIDEUR';
ALTER TYPE "StatutFacture" ADD VALUE 'REFUSEE_1';
ALTER TYPE "StatutFacture" ADD VALUE 'VALIDEE_1';
ALTER TYPE "StatutFacture" ADD VALUE 'ABSENCE_VALIDATION_1_HORS_DELAI';

-- AlterTable
ALTER TABLE "facture" ADD COLUMN     "code_service_valideur" TEXT,
ADD COLUMN     "mise_a_validation_le" TIMESTAMP(3),
ADD COLUMN     "valideur_id" INTEGER;

-- CreateIndex
CREATE INDEX "facture_valideur_id_statut_idx" ON "facture"("valideur_id", "statut");

-- CreateIndex
CREATE INDEX "facture_statut_mise_a_validation_le_idx" ON "facture"("statut", "mise_a_validation_le");

-- AddForeignKey
ALTER TABLE "facture" ADD CONSTRAINT "facture_valideur_id_fkey" FOREIGN KEY ("valideur_id") REFERENCES "structure"("id") ON DELETE SET NULL ON UPDATE CASCADE;
