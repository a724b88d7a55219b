-- CreateEnum
CREATE TYPE "EtatInvitation" AS ENUM ('EN_ATTENTE', 'ACCEPTEE', 'DECLINEE');

-- CreateTable
CREATE TABLE "invitation_rattachement" (
    "id" SERIAL NOT NULL,
    "structure_id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "invite_par_id" INTEGER,
    "etat" "EtatInvitation" NOT NULL DEFAULT 'EN_ATTENTE',
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expire_le" TIMESTAMP(3) NOT NULL,
    "decide_le" TIMESTAMP(3),

    CONSTRAINT "invitation_rattachement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitation_rattachement_service" (
    "invitation_id" INTEGER NOT NULL,
    "service_id" INTEGER NOT NULL,

    CONSTRAINT "invitation_rattachement_service_pkey" PRIMARY KEY ("invitation_id","service_id")
);

-- CreateIndex
CREATE INDEX "invitation_rattachement_email_etat_idx" ON "invitation_rattachement"("email", "etat");

-- CreateIndex
CREATE INDEX "invitation_rattachement_structure_id_idx" ON "invitation_rattachement"("structure_id");

-- AddForeignKey
ALTER TABLE "invitation_rattachement" ADD CONSTRAINT "invitation_rattachement_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_rattachement" ADD CONSTRAINT "invitation_rattachement_invite_par_id_fkey" FOREIGN KEY ("invite_par_id") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_rattachement_service" ADD CONSTRAINT "invitation_rattachement_service_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "invitation_rattachement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_rattachement_service" ADD CONSTRAINT "invitation_rattachement_service_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
