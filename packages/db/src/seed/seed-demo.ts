import { hash } from 'argon2';
import type { Db } from '../client.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { seedRaccordements } from './demo-raccordements.ts';
import { DEMO_FOURNISSEURS, DEMO_STRUCTURES_PUBLIQUES } from './demo-structures.ts';

/**
 * Loads the demo directory and accounts. Idempotent: every row is found by its natural key and
 * created only when missing, so running it twice changes nothing. Returns a one-line summary.
 */
export async function seedDemo(db: Db): Promise<string> {
  const structureIds = new Map<string, number>();
  for (const s of DEMO_STRUCTURES_PUBLIQUES) {
    const { services, ...fields } = s;
    const structure = await db.structure.upsert({
      where: { typeIdentifiant_identifiant: { typeIdentifiant: 'SIRET', identifiant: s.identifiant } },
      update: {},
      create: { ...fields, type: 'PUBLIQUE', typeIdentifiant: 'SIRET' },
    });
    structureIds.set(s.identifiant, structure.id);
    const allServices = [
      { code: 'FACTURES_PUBLIQUES', libelle: 'Service des factures publiques' },
      ...services,
    ];
    for (const service of allServices) {
      await db.service.upsert({
        where: { structureId_code: { structureId: structure.id, code: service.code } },
        update: {},
        create: { ...service, structureId: structure.id },
      });
    }
  }
  for (const f of DEMO_FOURNISSEURS) {
    const structure = await db.structure.upsert({
      where: { typeIdentifiant_identifiant: { typeIdentifiant: 'SIRET', identifiant: f.identifiant } },
      update: {},
      create: { ...f, type: 'PRIVEE', typeIdentifiant: 'SIRET' },
    });
    structureIds.set(f.identifiant, structure.id);
  }

  const motDePasseHash = await hash(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const user = await db.utilisateur.upsert({
      where: { email: account.email },
      update: {},
      create: {
        email: account.email,
        emailContact: account.email,
        prenom: account.prenom,
        nom: account.nom,
        motDePasseHash,
        actif: true,
      },
    });
    for (const r of account.rattachements) {
      const structureId = structureIds.get(r.identifiant) as number;
      const services = await db.service.findMany({ where: { structureId, code: { in: r.services ?? [] } } });
      await db.rattachement.upsert({
        where: { utilisateurId_structureId: { utilisateurId: user.id, structureId } },
        update: {},
        create: {
          utilisateurId: user.id,
          structureId,
          role: r.role,
          services: { create: services.map((s) => ({ serviceId: s.id })) },
          espaces: { create: (r.espaces ?? []).map((espace) => ({ espace })) },
        },
      });
    }
    const demande = account.demandeEnAttente;
    if (demande && (await db.demandeRattachement.count({ where: { demandeurId: user.id } })) === 0) {
      const structureId = structureIds.get(demande.identifiant) as number;
      const services = await db.service.findMany({ where: { structureId, code: { in: demande.services } } });
      await db.demandeRattachement.create({
        data: {
          demandeurId: user.id,
          structureId,
          commentaire: demande.commentaire,
          services: { create: services.map((s) => ({ serviceId: s.id })) },
          espaces: { create: demande.espaces.map((espace) => ({ espace })) },
        },
      });
    }
  }

  await seedRaccordements(db, structureIds);

  return `${structureIds.size} structures, ${DEMO_ACCOUNTS.length} comptes (mot de passe ${DEMO_PASSWORD})`;
}
