-- CreateEnum
CREATE TYPE "CategorieNotification" AS ENUM ('CHANGEMENT_STATUT', 'FACTURE_RECUE');

-- AlterTable
ALTER TABLE "utilisateur" ADD COLUMN     "dernier_resume_le" TIMESTAMP(3),
ADD COLUMN     "resume_quotidien" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "notification" ADD COLUMN     "categorie" "CategorieNotification" NOT NULL DEFAULT 'CHANGEMENT_STATUT';
