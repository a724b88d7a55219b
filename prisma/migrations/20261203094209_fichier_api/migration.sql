-- CreateTable
CREATE TABLE "fichier_api" (
    "id" SERIAL NOT NULL,
    "compte_technique_id" INTEGER NOT NULL,
    "nom" TEXT NOT NULL,
    "octets" BYTEA NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fichier_api_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "fichier_api_compte_technique_id_idx" ON "fichier_api"("compte_technique_id");

-- AddForeignKey
ALTER TABLE "fichier_api" ADD CONSTRAINT "fichier_api_compte_technique_id_fkey" FOREIGN KEY ("compte_technique_id") REFERENCES "compte_technique"("id") ON DELETE CASCADE ON UPDATE CASCADE;
