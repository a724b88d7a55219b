-- AlterTable
ALTER TABLE "utilisateur" ADD COLUMN     "dernier_resume_hebdomadaire_le" TIMESTAMP(3);
