-- CreateTable
CREATE TABLE "invitation_rattachement_espace" (
    "invitation_id" INTEGER NOT NULL,
    "espace" "Espace" NOT NULL,

    CONSTRAINT "invitation_rattachement_espace_pkey" PRIMARY KEY ("invitation_id","espace")
);

-- AddForeignKey
ALTER TABLE "invitation_rattachement_espace" ADD CONSTRAINT "invitation_rattachement_espace_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "invitation_rattachement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
