import { ProblemSchema } from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { creerStructurePublique, creerUtilisateur } from './support/factories.ts';
import { creerFournisseur } from './support/factures.ts';
import { dernierCourriel, jetonDuDernierLien } from './support/mailbox.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function structureEtGestionnaire() {
  const gp = await creerUtilisateur(t.db);
  const s = await creerStructurePublique(t.db, gp.id);
  const client = await new Client(t.app).login(gp.email);

  return { s, client, voirie: s.services.find((x) => x.code === 'VOIRIE') };
}

describe('Inviter un utilisateur dans sa structure', () => {
  it('répond pareil qu’un compte existe ou non, et ne rattache personne sans son accord', async () => {
    const { s, client, voirie } = await structureEtGestionnaire();
    const existant = await creerUtilisateur(t.db);
    const inconnue = `inconnu-${Date.now()}@exemple.test`;

    const pourExistant = await client.post(`/api/structures/${s.id}/utilisateurs`, {
      email: existant.email,
      serviceIds: [voirie?.id],
    });
    const pourInconnue = await client.post(`/api/structures/${s.id}/utilisateurs`, {
      email: inconnue,
      serviceIds: [voirie?.id],
    });

    expect(pourExistant.statusCode).toBe(202);
    expect([pourInconnue.statusCode, pourInconnue.body.replace(inconnue, '@')]).toEqual([
      pourExistant.statusCode,
      pourExistant.body.replace(existant.email, '@'),
    ]);
    expect(await t.db.rattachement.count({ where: { structureId: s.id, utilisateurId: existant.id } })).toBe(
      0,
    );
    for (const destinataire of [existant.email, inconnue]) {
      const courriel = await dernierCourriel(client, destinataire);
      expect(courriel.sujet).toBe(`Invitation à rejoindre ${s.raisonSociale}`);
      expect(courriel.texte).toContain('http://choral.test/structures');
    }
  });

  it('l’invité accepte depuis le portail : il est rattaché avec le rôle et les services proposés', async () => {
    const { s, client, voirie } = await structureEtGestionnaire();
    const invite = await creerUtilisateur(t.db);
    await client.post(`/api/structures/${s.id}/utilisateurs`, {
      email: invite.email,
      role: 'GESTIONNAIRE_SECONDAIRE',
      serviceIds: [voirie?.id],
    });
    const portail = await new Client(t.app).login(invite.email);

    const { invitations } = (await portail.get('/api/mon-compte/invitations')).json();
    expect(invitations).toEqual([
      expect.objectContaining({
        structure: { id: s.id, raisonSociale: s.raisonSociale },
        role: 'GESTIONNAIRE_SECONDAIRE',
        services: [{ id: voirie?.id, code: 'VOIRIE', libelle: 'Voirie' }],
      }),
    ]);
    const acceptation = await portail.post(`/api/mon-compte/invitations/${invitations[0].id}/acceptation`);

    expect(acceptation.statusCode).toBe(204);
    const r = await t.db.rattachement.findUniqueOrThrow({
      where: { utilisateurId_structureId: { utilisateurId: invite.id, structureId: s.id } },
      include: { services: true },
    });
    expect([r.role, r.services.map((x) => x.serviceId)]).toEqual(['GESTIONNAIRE_SECONDAIRE', [voirie?.id]]);
    expect((await portail.get('/api/mon-compte/invitations')).json().invitations).toEqual([]);
  });

  it('un simple utilisateur invité reçoit les habilitations proposées ; un espace hors de la structure est refusé', async () => {
    const { s, client, voirie } = await structureEtGestionnaire();
    const invite = await creerUtilisateur(t.db);
    // Factures reçues does not exist on a private structure.
    const fournisseur = await creerFournisseur(t.app, t.db);
    const horsStructure = await fournisseur.client.post(
      `/api/structures/${fournisseur.structure.id}/utilisateurs`,
      { email: invite.email, espaces: ['FACTURES_RECUES'] },
    );
    expect(horsStructure.statusCode).toBe(422);
    expect(
      await t.db.invitationRattachement.count({ where: { structureId: fournisseur.structure.id } }),
    ).toBe(0);

    await client.post(`/api/structures/${s.id}/utilisateurs`, {
      email: invite.email,
      serviceIds: [voirie?.id],
      espaces: ['FACTURES_RECUES'],
    });
    const portail = await new Client(t.app).login(invite.email);
    const { invitations } = (await portail.get('/api/mon-compte/invitations')).json();
    expect(invitations[0]).toMatchObject({ role: 'UTILISATEUR', espaces: ['FACTURES_RECUES'] });
    await portail.post(`/api/mon-compte/invitations/${invitations[0].id}/acceptation`);

    const r = await t.db.rattachement.findUniqueOrThrow({
      where: { utilisateurId_structureId: { utilisateurId: invite.id, structureId: s.id } },
      include: { espaces: true },
    });
    expect(r.espaces.map((e) => e.espace)).toEqual(['FACTURES_RECUES']);
    expect((await portail.get(`/api/factures/recues?structureId=${s.id}`)).statusCode).toBe(200);
  });

  it('l’invité peut décliner ; personne d’autre ne répond à sa place', async () => {
    const { s, client } = await structureEtGestionnaire();
    const invite = await creerUtilisateur(t.db);
    const intrus = await creerUtilisateur(t.db);
    await client.post(`/api/structures/${s.id}/utilisateurs`, { email: invite.email });
    const [invitation] = await t.db.invitationRattachement.findMany({ where: { email: invite.email } });
    const autre = await new Client(t.app).login(intrus.email);

    const volee = await autre.post(`/api/mon-compte/invitations/${invitation?.id}/acceptation`);
    expect(volee.statusCode).toBe(404);
    expect((await autre.get('/api/mon-compte/invitations')).json().invitations).toEqual([]);

    const portail = await new Client(t.app).login(invite.email);
    expect((await portail.post(`/api/mon-compte/invitations/${invitation?.id}/refus`)).statusCode).toBe(204);
    const rejoue = await portail.post(`/api/mon-compte/invitations/${invitation?.id}/acceptation`);
    expect(rejoue.statusCode).toBe(404);
    expect(await t.db.rattachement.count({ where: { structureId: s.id } })).toBe(1);
  });

  it('une adresse sans compte : le compte est créé puis l’invitation acceptée', async () => {
    const { s, client } = await structureEtGestionnaire();
    const email = `futur-${Date.now()}@exemple.test`;
    await client.post(`/api/structures/${s.id}/utilisateurs`, { email });
    expect((await dernierCourriel(client, email)).texte).toContain('http://choral.test/creer-un-compte');

    const nouveau = new Client(t.app);
    await nouveau.post('/api/comptes', { email, nom: 'Futur', prenom: 'Félix' });
    const jeton = await jetonDuDernierLien(nouveau, email, 'activation');
    await nouveau.post('/api/comptes/activation', { jeton, motDePasse: 'Tournesol-Bleu-Violet-2026' });
    await nouveau.login(email, 'Tournesol-Bleu-Violet-2026');
    const [invitation] = (await nouveau.get('/api/mon-compte/invitations')).json().invitations;

    expect((await nouveau.post(`/api/mon-compte/invitations/${invitation.id}/acceptation`)).statusCode).toBe(
      204,
    );
    expect((await nouveau.get('/api/session')).json().utilisateur.rattachements).toEqual([
      expect.objectContaining({ structureId: s.id, role: 'UTILISATEUR' }),
    ]);
  });

  it('un gestionnaire secondaire n’invite pas de gestionnaire ; hors de ses structures, 404', async () => {
    const { s, client } = await structureEtGestionnaire();
    const gs = await creerUtilisateur(t.db);
    await t.db.rattachement.create({
      data: { utilisateurId: gs.id, structureId: s.id, role: 'GESTIONNAIRE_SECONDAIRE' },
    });
    const secondaire = await new Client(t.app).login(gs.email);

    const refus = await secondaire.post(`/api/structures/${s.id}/utilisateurs`, {
      email: 'x@exemple.test',
      role: 'GESTIONNAIRE_SECONDAIRE',
    });
    expect(refus.statusCode).toBe(403);
    const ailleurs = await structureEtGestionnaire();
    const horsPerimetre = await client.post(`/api/structures/${ailleurs.s.id}/utilisateurs`, {
      email: 'x@exemple.test',
    });
    expect(horsPerimetre.statusCode).toBe(404);
    expect(ProblemSchema.parse(horsPerimetre.json()).status).toBe(404);
    expect(await t.db.invitationRattachement.count({ where: { email: 'x@exemple.test' } })).toBe(0);
  });
});
