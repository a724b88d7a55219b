-- AlterTable
ALTER TABLE "facture" ADD COLUMN     "acquitte_le" TIMESTAMP(3),
ADD COLUMN     "date_mise_a_disposition" TIMESTAMP(3),
ADD COLUMN     "numero_mandat" TEXT,
ADD COLUMN     "statut_fournisseur" "StatutFacture" NOT NULL DEFAULT 'BROUILLON';

-- Invoices already sent: the supplier saw their status as it was.
UPDATE "facture" SET "statut_fournisseur" = "statut";

-- AlterTable
ALTER TABLE "historique_facture" ADD COLUMN     "action" TEXT;

-- CreateTable
CREATE TABLE "notification" (
    "id" SERIAL NOT NULL,
    "utilisateur_id" INTEGER NOT NULL,
    "facture_id" INTEGER,
    "titre" TEXT NOT NULL,
    "texte" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lue_le" TIMESTAMP(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notification_utilisateur_id_id_idx" ON "notification"("utilisateur_id", "id" DESC);

-- CreateIndex
CREATE INDEX "notification_utilisateur_id_lue_le_idx" ON "notification"("utilisateur_id", "lue_le");

-- CreateIndex
CREATE INDEX "facture_destinataire_id_statut_date_depot_id_idx" ON "facture"("destinataire_id", "statut", "date_depot" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "facture_destinataire_id_date_depot_id_idx" ON "facture"("destinataire_id", "date_depot" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "facture_service_id_statut_date_depot_id_idx" ON "facture"("service_id", "statut", "date_depot" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "facture_fournisseur_id_statut_fournisseur_date_depot_id_idx" ON "facture"("fournisseur_id", "statut_fournisseur", "date_depot" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "facture_fournisseur_id_numero_idx" ON "facture"("fournisseur_id", "numero");

-- CreateIndex
CREATE INDEX "facture_destinataire_id_date_facture_idx" ON "facture"("destinataire_id", "date_facture");

-- CreateIndex
CREATE INDEX "facture_destinataire_id_montant_ttc_idx" ON "facture"("destinataire_id", "montant_ttc");

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_utilisateur_id_fkey" FOREIGN KEY ("utilisateur_id") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_facture_id_fkey" FOREIGN KEY ("facture_id") REFERENCES "facture"("id") ON DELETE SET NULL ON UPDATE CASCADE;
