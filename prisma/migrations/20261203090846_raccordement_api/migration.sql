-- CreateTable
CREATE TABLE "application_api" (
    "id" SERIAL NOT NULL,
    "structure_id" INTEGER NOT NULL,
    "client_id" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "secret_regenere_le" TIMESTAMP(3),

    CONSTRAINT "application_api_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jeton_api" (
    "id" TEXT NOT NULL,
    "application_id" INTEGER NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expire_le" TIMESTAMP(3) NOT NULL,
    "revoque_le" TIMESTAMP(3),

    CONSTRAINT "jeton_api_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "compte_technique" (
    "id" SERIAL NOT NULL,
    "utilisateur_id" INTEGER NOT NULL,
    "structure_id" INTEGER NOT NULL,
    "login" TEXT NOT NULL,
    "mot_de_passe_hash" TEXT NOT NULL,
    "mot_de_passe_expire_le" TIMESTAMP(3) NOT NULL,
    "desactive" BOOLEAN NOT NULL DEFAULT false,
    "derniere_utilisation_le" TIMESTAMP(3),
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "compte_technique_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "application_api_structure_id_key" ON "application_api"("structure_id");

-- CreateIndex
CREATE UNIQUE INDEX "application_api_client_id_key" ON "application_api"("client_id");

-- CreateIndex
CREATE INDEX "jeton_api_application_id_idx" ON "jeton_api"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "compte_technique_utilisateur_id_key" ON "compte_technique"("utilisateur_id");

-- CreateIndex
CREATE UNIQUE INDEX "compte_technique_login_key" ON "compte_technique"("login");

-- CreateIndex
CREATE INDEX "compte_technique_structure_id_idx" ON "compte_technique"("structure_id");

-- AddForeignKey
ALTER TABLE "application_api" ADD CONSTRAINT "application_api_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jeton_api" ADD CONSTRAINT "jeton_api_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application_api"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compte_technique" ADD CONSTRAINT "compte_technique_utilisateur_id_fkey" FOREIGN KEY ("utilisateur_id") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compte_technique" ADD CONSTRAINT "compte_technique_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
