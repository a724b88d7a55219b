-- Document contents become addressed by their SHA-256 (shared by identical documents) and their
-- bytes move to chunks; existing documents keep their bytes, the old key naming their upload.

-- CreateTable
CREATE TABLE "morceau_document" (
    "televersement" TEXT NOT NULL,
    "rang" INTEGER NOT NULL,
    "octets" BYTEA NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "morceau_document_pkey" PRIMARY KEY ("televersement","rang")
);

INSERT INTO "morceau_document" ("televersement", "rang", "octets", "cree_le")
SELECT "cle", 0, "octets", "cree_le" FROM "contenu_document";

-- AlterTable
ALTER TABLE "contenu_document"
ADD COLUMN     "sha256" TEXT,
ADD COLUMN     "taille" INTEGER,
ADD COLUMN     "televersement" TEXT,
ADD COLUMN     "touche_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

UPDATE "contenu_document" c
SET "sha256" = d."sha256", "taille" = length(c."octets"), "televersement" = c."cle", "touche_le" = c."cree_le"
FROM "document_facture" d
WHERE d."cle" = c."cle";

-- One row per content: the chunks of unreferenced or duplicate rows are collected like abandoned uploads.
DELETE FROM "contenu_document" WHERE "sha256" IS NULL;
DELETE FROM "contenu_document" a USING "contenu_document" b WHERE a."sha256" = b."sha256" AND a."cle" > b."cle";

-- AlterTable
ALTER TABLE "contenu_document" DROP CONSTRAINT "contenu_document_pkey",
DROP COLUMN "cle",
DROP COLUMN "cree_le",
DROP COLUMN "octets",
ALTER COLUMN "sha256" SET NOT NULL,
ALTER COLUMN "taille" SET NOT NULL,
ADD CONSTRAINT "contenu_document_pkey" PRIMARY KEY ("sha256");

-- DropIndex
DROP INDEX "document_facture_cle_key";

-- AlterTable
ALTER TABLE "document_facture" DROP COLUMN "cle";

-- CreateIndex
CREATE INDEX "document_facture_sha256_idx" ON "document_facture"("sha256");

-- CreateIndex
CREATE INDEX "contenu_document_touche_le_idx" ON "contenu_document"("touche_le");

-- AddForeignKey
ALTER TABLE "document_facture" ADD CONSTRAINT "document_facture_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "contenu_document"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;
