import { ProblemSchema } from '@choral/contracts';
import { type PermissionStructure, type RoleStructure, verifierPermission } from '@choral/domain/structures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import {
  creerStructurePublique,
  creerUtilisateur,
  instantaneStructure,
  rattacher,
} from './support/factories.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

type Acteur = RoleStructure | 'NON_RATTACHE';

/** A fresh structure per case: its principal, a secondaire, a simple user (habilitated everywhere), a target member and a pending request. */
async function structureDeTest(personnes: Personnes) {
  const s = await creerStructurePublique(t.db, personnes.GESTIONNAIRE_PRINCIPAL.id);
  await rattacher(t.db, personnes.GESTIONNAIRE_SECONDAIRE.id, s.id, 'GESTIONNAIRE_SECONDAIRE');
  await rattacher(t.db, personnes.UTILISATEUR.id, s.id, 'UTILISATEUR', [
    'FACTURES_RECUES',
    'FACTURES_EMISES',
    'STRUCTURES',
    'RACCORDEMENTS_API',
  ]);
  await rattacher(t.db, personnes.cible.id, s.id);
  const demandeur = await creerUtilisateur(t.db);
  const demande = await t.db.demandeRattachement.create({
    data: { demandeurId: demandeur.id, structureId: s.id },
  });

  return { s, demandeId: demande.id };
}

interface Personnes {
  GESTIONNAIRE_PRINCIPAL: { id: number; email: string };
  GESTIONNAIRE_SECONDAIRE: { id: number; email: string };
  UTILISATEUR: { id: number; email: string };
  NON_RATTACHE: { id: number; email: string };
  cible: { id: number; email: string };
}

type Contexte = { s: Awaited<ReturnType<typeof creerStructurePublique>>; demandeId: number; cible: number };

/** Each action of a structure's pages, with the domain permission it needs. */
const ACTIONS: {
  nom: string;
  permission: PermissionStructure;
  /** Requests are invisible outside the structures one manages: a simple user gets 404 there. */
  statutRefus?: 403 | 404;
  appel: (c: Client, x: Contexte) => ReturnType<Client['get']>;
}[] = [
  {
    nom: 'renommer la structure',
    permission: 'gererStructure',
    appel: (c, { s }) =>
      c.put(`/api/structures/${s.id}`, {
        raisonSociale: 'Renommée',
        adresse: '1 place',
        codePostal: '45000',
        ville: 'Orléans',
      }),
  },
  {
    nom: 'désactiver la structure',
    permission: 'gererStructure',
    appel: (c, { s }) => c.put(`/api/structures/${s.id}/activation`, { active: false }),
  },
  {
    nom: 'changer ses paramètres',
    permission: 'gererStructure',
    appel: (c, { s }) =>
      c.put(`/api/structures/${s.id}/parametres`, {
        codeServiceDoitEtreRenseigne: true,
        numeroEJDoitEtreRenseigne: true,
        gestionNumeroEJOuCodeService: false,
        statutMiseEnPaiementNestPasRemonte: true,
      }),
  },
  {
    nom: 'créer un service',
    permission: 'gererStructure',
    appel: (c, { s }) => c.post(`/api/structures/${s.id}/services`, { code: 'CULTURE', libelle: 'Culture' }),
  },
  {
    nom: 'modifier un service',
    permission: 'gererStructure',
    appel: (c, { s }) => {
      const voirie = s.services.find((x) => x.code === 'VOIRIE');
      return c.put(`/api/structures/${s.id}/services/${voirie?.id}`, {
        code: 'VOIRIE',
        libelle: 'Routes',
        actif: false,
      });
    },
  },
  {
    nom: 'lister les utilisateurs',
    permission: 'gererUtilisateurs',
    appel: (c, { s }) => c.get(`/api/structures/${s.id}/utilisateurs`),
  },
  {
    nom: 'changer les services et espaces d’un utilisateur',
    permission: 'gererUtilisateurs',
    appel: (c, { s, cible }) =>
      c.put(`/api/structures/${s.id}/utilisateurs/${cible}`, {
        role: 'UTILISATEUR',
        serviceIds: [s.services[1]?.id],
        espaces: ['FACTURES_RECUES'],
      }),
  },
  {
    nom: 'détacher un utilisateur',
    permission: 'gererUtilisateurs',
    appel: (c, { s, cible }) => c.delete(`/api/structures/${s.id}/utilisateurs/${cible}`),
  },
  {
    nom: 'approuver une demande',
    permission: 'approuverRattachement',
    statutRefus: 404,
    appel: (c, { demandeId }) =>
      c.post('/api/approbations/decision', { ids: [demandeId], decision: 'APPROUVER' }),
  },
  {
    nom: 'nommer un gestionnaire secondaire',
    permission: 'nommerGestionnaires',
    appel: (c, { s, cible }) =>
      c.put(`/api/structures/${s.id}/utilisateurs/${cible}`, {
        role: 'GESTIONNAIRE_SECONDAIRE',
        serviceIds: [],
      }),
  },
  {
    nom: 'transférer le rôle de principal',
    permission: 'transfererPrincipal',
    appel: (c, { s, cible }) =>
      c.post(`/api/structures/${s.id}/transfert-principal`, { utilisateurId: cible }),
  },
];

const ACTEURS: Acteur[] = [
  'GESTIONNAIRE_PRINCIPAL',
  'GESTIONNAIRE_SECONDAIRE',
  'UTILISATEUR',
  'NON_RATTACHE',
];

describe('Droits : rôle × action, tels que le domaine les dit', () => {
  let personnes: Personnes;
  const clients = new Map<Acteur, Client>();
  beforeAll(async () => {
    personnes = {
      GESTIONNAIRE_PRINCIPAL: await creerUtilisateur(t.db),
      GESTIONNAIRE_SECONDAIRE: await creerUtilisateur(t.db),
      UTILISATEUR: await creerUtilisateur(t.db),
      NON_RATTACHE: await creerUtilisateur(t.db),
      cible: await creerUtilisateur(t.db),
    };
    for (const acteur of ACTEURS) clients.set(acteur, await new Client(t.app).login(personnes[acteur].email));
  });

  it.each(ACTEURS.flatMap((acteur) => ACTIONS.map((action) => [acteur, action.nom, action] as const)))(
    '%s : %s',
    async (acteur, _nom, { permission, statutRefus = 403, appel }) => {
      const { s, demandeId } = await structureDeTest(personnes);
      const avant = await instantaneStructure(t.db, s.id);

      const res = await appel(clients.get(acteur) as Client, { s, demandeId, cible: personnes.cible.id });

      const role = acteur === 'NON_RATTACHE' ? undefined : acteur;
      if (role === undefined) {
        expect(res.statusCode).toBe(404);
      } else if (verifierPermission(role, permission).ok) {
        expect(res.statusCode, res.body).toBeLessThan(300);
        return;
      } else {
        expect(res.statusCode).toBe(statutRefus);
        if (statutRefus === 403) expect(ProblemSchema.parse(res.json()).detail).toMatch(/gestionnaire/);
      }
      expect(await instantaneStructure(t.db, s.id)).toBe(avant);
    },
  );

  it('un gestionnaire secondaire est refusé sur les actions réservées au principal (403, rien ne change)', async () => {
    const client = clients.get('GESTIONNAIRE_SECONDAIRE') as Client;
    const reservees = ACTIONS.filter((a) =>
      ['gererStructure', 'nommerGestionnaires', 'transfererPrincipal'].includes(a.permission),
    );
    expect(reservees.map((a) => a.nom)).toEqual(
      expect.arrayContaining([
        'renommer la structure',
        'changer ses paramètres',
        'créer un service',
        'désactiver la structure',
      ]),
    );
    for (const action of reservees) {
      const { s, demandeId } = await structureDeTest(personnes);
      const avant = await instantaneStructure(t.db, s.id);
      const res = await action.appel(client, { s, demandeId, cible: personnes.cible.id });
      expect(res.statusCode, action.nom).toBe(403);
      expect(await instantaneStructure(t.db, s.id), action.nom).toBe(avant);
    }
  });

  it('la structure annonce les actions que le domaine permet à chaque rôle', async () => {
    const { s } = await structureDeTest(personnes);
    const attendu = (role: RoleStructure) => ({
      modifier: verifierPermission(role, 'gererStructure').ok,
      activer: verifierPermission(role, 'gererStructure').ok,
      gererServices: verifierPermission(role, 'gererStructure').ok,
      gererUtilisateurs: verifierPermission(role, 'gererUtilisateurs').ok,
      nommerGestionnaires: verifierPermission(role, 'nommerGestionnaires').ok,
      transfererPrincipal: verifierPermission(role, 'transfererPrincipal').ok,
      gererRaccordementsApi: verifierPermission(role, 'gererCompteTechnique').ok,
    });
    for (const role of ['GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR'] as const) {
      const vue = (await (clients.get(role) as Client).get(`/api/structures/${s.id}`)).json();
      expect(vue.actions, role).toEqual(attendu(role));
    }
    const gs = (
      await (clients.get('GESTIONNAIRE_SECONDAIRE') as Client).get(`/api/structures/${s.id}`)
    ).json();
    expect(gs.actions).toMatchObject({
      modifier: false,
      activer: false,
      gererServices: false,
      gererUtilisateurs: true,
    });
  });
});
