-- CreateEnum
CREATE TYPE "Espace" AS ENUM ('FACTURES_EMISES', 'FACTURES_RECUES', 'FACTURES_TRAVAUX', 'FACTURES_A_VALIDER', 'STRUCTURES', 'ENGAGEMENTS_JURIDIQUES', 'RACCORDEMENTS_API', 'SOLLICITATIONS');

-- CreateEnum
CREATE TYPE "ObjetDemande" AS ENUM ('RATTACHEMENT', 'HABILITATION');

-- AlterTable
ALTER TABLE "demande_rattachement" ADD COLUMN     "objet" "ObjetDemande" NOT NULL DEFAULT 'RATTACHEMENT';

-- CreateTable
CREATE TABLE "rattachement_espace" (
    "rattachement_id" INTEGER NOT NULL,
    "espace" "Espace" NOT NULL,

    CONSTRAINT "rattachement_espace_pkey" PRIMARY KEY ("rattachement_id","espace")
);

-- CreateTable
CREATE TABLE "demande_rattachement_espace" (
    "demande_id" INTEGER NOT NULL,
    "espace" "Espace" NOT NULL,

    CONSTRAINT "demande_rattachement_espace_pkey" PRIMARY KEY ("demande_id","espace")
);

-- AddForeignKey
ALTER TABLE "rattachement_espace" ADD CONSTRAINT "rattachement_espace_rattachement_id_fkey" FOREIGN KEY ("rattachement_id") REFERENCES "rattachement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_rattachement_espace" ADD CONSTRAINT "demande_rattachement_espace_demande_id_fkey" FOREIGN KEY ("demande_id") REFERENCES "demande_rattachement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Simple users attached before habilitations existed keep the invoice espace they were using:
-- Factures émises on a supplier, Factures reçues on a public structure.
INSERT INTO "rattachement_espace" ("rattachement_id", "espace")
SELECT r."id", CASE s."type" WHEN 'PUBLIQUE' THEN 'FACTURES_RECUES'::"Espace" ELSE 'FACTURES_EMISES'::"Espace" END
FROM "rattachement" r JOIN "structure" s ON s."id" = r."structure_id"
WHERE r."role" = 'UTILISATEUR';
