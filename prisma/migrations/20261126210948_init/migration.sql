-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TypeIdentifiant" AS ENUM ('SIRET', 'UE_HORS_FRANCE', 'HORS_UE', 'RIDET', 'TAHITI', 'PARTICULIER', 'AUTRE');

-- CreateEnum
CREATE TYPE "TypeStructure" AS ENUM ('PRIVEE', 'PUBLIQUE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR');

-- CreateEnum
CREATE TYPE "EtatDemande" AS ENUM ('EN_ATTENTE', 'APPROUVEE', 'REFUSEE');

-- CreateEnum
CREATE TYPE "ObjetJeton" AS ENUM ('ACTIVATION', 'REINITIALISATION');

-- CreateTable
CREATE TABLE "utilisateur" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "email_contact" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "prenom" TEXT NOT NULL,
    "telephone" TEXT,
    "mot_de_passe_hash" TEXT,
    "actif" BOOLEAN NOT NULL DEFAULT false,
    "notifications_facturation" BOOLEAN NOT NULL DEFAULT true,
    "resume_hebdomadaire" BOOLEAN NOT NULL DEFAULT false,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifie_le" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "utilisateur_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "utilisateur_id" INTEGER NOT NULL,
    "jeton_csrf" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expire_le" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jeton_compte" (
    "id" SERIAL NOT NULL,
    "hash" TEXT NOT NULL,
    "objet" "ObjetJeton" NOT NULL,
    "utilisateur_id" INTEGER NOT NULL,
    "expire_le" TIMESTAMP(3) NOT NULL,
    "utilise_le" TIMESTAMP(3),
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "jeton_compte_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "structure" (
    "id" SERIAL NOT NULL,
    "type" "TypeStructure" NOT NULL,
    "type_identifiant" "TypeIdentifiant" NOT NULL,
    "identifiant" TEXT NOT NULL,
    "raison_sociale" TEXT NOT NULL,
    "numero_tva" TEXT,
    "adresse" TEXT,
    "code_postal" TEXT,
    "ville" TEXT,
    "pays" TEXT NOT NULL DEFAULT 'FR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "code_service_doit_etre_renseigne" BOOLEAN NOT NULL DEFAULT false,
    "numero_ej_doit_etre_renseigne" BOOLEAN NOT NULL DEFAULT false,
    "gestion_numero_ej_ou_code_service" BOOLEAN NOT NULL DEFAULT false,
    "statut_mise_en_paiement_nest_pas_remonte" BOOLEAN NOT NULL DEFAULT false,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifie_le" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "structure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service" (
    "id" SERIAL NOT NULL,
    "structure_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "description" TEXT,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "date_debut_validite" DATE,
    "date_fin_validite" DATE,
    "engagement_obligatoire" BOOLEAN NOT NULL DEFAULT false,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rattachement" (
    "id" SERIAL NOT NULL,
    "utilisateur_id" INTEGER NOT NULL,
    "structure_id" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rattachement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rattachement_service" (
    "rattachement_id" INTEGER NOT NULL,
    "service_id" INTEGER NOT NULL,

    CONSTRAINT "rattachement_service_pkey" PRIMARY KEY ("rattachement_id","service_id")
);

-- CreateTable
CREATE TABLE "demande_rattachement" (
    "id" SERIAL NOT NULL,
    "demandeur_id" INTEGER NOT NULL,
    "structure_id" INTEGER NOT NULL,
    "etat" "EtatDemande" NOT NULL DEFAULT 'EN_ATTENTE',
    "commentaire" TEXT,
    "decideur_id" INTEGER,
    "commentaire_decision" TEXT,
    "demande_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decide_le" TIMESTAMP(3),

    CONSTRAINT "demande_rattachement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "demande_rattachement_service" (
    "demande_id" INTEGER NOT NULL,
    "service_id" INTEGER NOT NULL,

    CONSTRAINT "demande_rattachement_service_pkey" PRIMARY KEY ("demande_id","service_id")
);

-- CreateTable
CREATE TABLE "courriel" (
    "id" SERIAL NOT NULL,
    "destinataire" TEXT NOT NULL,
    "sujet" TEXT NOT NULL,
    "texte" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "envoye_le" TIMESTAMP(3),
    "tentatives" INTEGER NOT NULL DEFAULT 0,
    "derniere_erreur" TEXT,

    CONSTRAINT "courriel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tentative_connexion" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tentative_connexion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "utilisateur_email_key" ON "utilisateur"("email");

-- CreateIndex
CREATE INDEX "session_utilisateur_id_idx" ON "session"("utilisateur_id");

-- CreateIndex
CREATE UNIQUE INDEX "jeton_compte_hash_key" ON "jeton_compte"("hash");

-- CreateIndex
CREATE INDEX "jeton_compte_utilisateur_id_idx" ON "jeton_compte"("utilisateur_id");

-- CreateIndex
CREATE INDEX "structure_raison_sociale_idx" ON "structure"("raison_sociale");

-- CreateIndex
CREATE UNIQUE INDEX "structure_type_identifiant_identifiant_key" ON "structure"("type_identifiant", "identifiant");

-- CreateIndex
CREATE UNIQUE INDEX "service_structure_id_code_key" ON "service"("structure_id", "code");

-- CreateIndex
CREATE INDEX "rattachement_structure_id_idx" ON "rattachement"("structure_id");

-- CreateIndex
CREATE UNIQUE INDEX "rattachement_utilisateur_id_structure_id_key" ON "rattachement"("utilisateur_id", "structure_id");

-- CreateIndex
CREATE INDEX "demande_rattachement_structure_id_etat_idx" ON "demande_rattachement"("structure_id", "etat");

-- CreateIndex
CREATE INDEX "demande_rattachement_demandeur_id_idx" ON "demande_rattachement"("demandeur_id");

-- CreateIndex
CREATE INDEX "courriel_envoye_le_idx" ON "courriel"("envoye_le");

-- CreateIndex
CREATE INDEX "tentative_connexion_email_le_idx" ON "tentative_connexion"("email", "le");

-- CreateIndex
CREATE INDEX "tentative_connexion_ip_le_idx" ON "tentative_connexion"("ip", "le");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_utilisateur_id_fkey" FOREIGN KEY ("utilisateur_id") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jeton_compte" ADD CONSTRAINT "jeton_compte_utilisateur_id_fkey" FOREIGN KEY ("utilisateur_id") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rattachement" ADD CONSTRAINT "rattachement_utilisateur_id_fkey" FOREIGN KEY ("utilisateur_id") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rattachement" ADD CONSTRAINT "rattachement_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rattachement_service" ADD CONSTRAINT "rattachement_service_rattachement_id_fkey" FOREIGN KEY ("rattachement_id") REFERENCES "rattachement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rattachement_service" ADD CONSTRAINT "rattachement_service_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_rattachement" ADD CONSTRAINT "demande_rattachement_demandeur_id_fkey" FOREIGN KEY ("demandeur_id") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_rattachement" ADD CONSTRAINT "demande_rattachement_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_rattachement" ADD CONSTRAINT "demande_rattachement_decideur_id_fkey" FOREIGN KEY ("decideur_id") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_rattachement_service" ADD CONSTRAINT "demande_rattachement_service_demande_id_fkey" FOREIGN KEY ("demande_id") REFERENCES "demande_rattachement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_rattachement_service" ADD CONSTRAINT "demande_rattachement_service_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
