import { ProblemSchema } from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { creerUtilisateur, MOT_DE_PASSE } from './support/factories.ts';
import { dernierCourriel, jetonDuDernierLien } from './support/mailbox.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const BON_MOT_DE_PASSE = 'Tournesol-Bleu-Violet-2026';
let compteur = 0;
function nouvelleAdresse(): string {
  compteur += 1;

  return `nouveau-${Date.now()}-${compteur}@exemple.test`;
}

async function creerCompte(client: Client, email: string) {
  return client.post('/api/comptes', { email, nom: 'Durand', prenom: 'Léa' });
}

describe('Créer un compte et l’activer', () => {
  it('envoie un lien d’activation, refuse un mot de passe faible sans consommer le lien, puis active le compte', async () => {
    const client = new Client(t.app);
    const email = nouvelleAdresse();

    const creation = await creerCompte(client, email);
    expect(creation.statusCode).toBe(202);
    const courriel = await dernierCourriel(client, email);
    expect(courriel.sujet).toBe('Activez votre compte Choral');
    expect(courriel.texte).toContain('valable 60 minutes');
    const jeton = await jetonDuDernierLien(client, email, 'activation');

    const faible = await client.post('/api/comptes/activation', { jeton, motDePasse: 'motdepasse' });
    expect(faible.statusCode).toBe(422);
    const probleme = ProblemSchema.parse(faible.json());
    expect(probleme.code).toBe('MOT_DE_PASSE_FAIBLE');
    expect(probleme.errors?.[0]?.pointer).toBe('/motDePasse');
    expect((await t.db.utilisateur.findUniqueOrThrow({ where: { email } })).actif).toBe(false);

    const activation = await client.post('/api/comptes/activation', { jeton, motDePasse: BON_MOT_DE_PASSE });
    expect(activation.statusCode).toBe(200);
    const compte = await t.db.utilisateur.findUniqueOrThrow({ where: { email } });
    expect(compte.actif).toBe(true);
    expect(compte.motDePasseHash).toMatch(/^\$argon2id\$/);

    const reutilisation = await client.post('/api/comptes/activation', {
      jeton,
      motDePasse: BON_MOT_DE_PASSE,
    });
    expect(ProblemSchema.parse(reutilisation.json()).code).toBe('JETON_INVALIDE');

    await client.login(email, BON_MOT_DE_PASSE);
    const session = await client.get('/api/session');
    expect(session.json().utilisateur).toMatchObject({
      email,
      emailContact: email,
      prenom: 'Léa',
      rattachements: [],
    });
  });

  it('refuse le mot de passe égal à l’adresse et les champs invalides, avec un pointeur par champ', async () => {
    const client = new Client(t.app);
    const res = await client.post('/api/comptes', {
      email: 'pas-une-adresse',
      nom: '',
      prenom: 'X',
      telephone: 'abc',
    });

    expect(res.statusCode).toBe(400);
    const pointers = ProblemSchema.parse(res.json()).errors?.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/email', '/nom', '/telephone']));
  });

  it('répond la même chose pour une adresse déjà inscrite, et prévient son titulaire par courriel', async () => {
    const existant = await creerUtilisateur(t.db);
    const client = new Client(t.app);
    const nouveau = await creerCompte(client, nouvelleAdresse());

    const doublon = await creerCompte(client, existant.email);

    expect(doublon.statusCode).toBe(nouveau.statusCode);
    expect(doublon.json()).toEqual(nouveau.json());
    expect((await dernierCourriel(client, existant.email)).sujet).toBe('Création de compte Choral');
    expect(await t.db.utilisateur.count({ where: { email: existant.email } })).toBe(1);
  });

  it('refuse un lien expiré et en envoie un nouveau sur demande', async () => {
    const client = new Client(t.app);
    const email = nouvelleAdresse();
    await creerCompte(client, email);
    const jeton = await jetonDuDernierLien(client, email, 'activation');
    await t.db.jetonCompte.updateMany({
      where: { utilisateur: { email } },
      data: { expireLe: new Date(Date.now() - 1000) },
    });

    const expire = await client.post('/api/comptes/activation', { jeton, motDePasse: BON_MOT_DE_PASSE });
    expect(expire.statusCode).toBe(422);
    expect(ProblemSchema.parse(expire.json())).toMatchObject({ code: 'JETON_EXPIRE' });

    const renvoi = await client.post('/api/comptes/activation/renvoi', { email });
    expect(renvoi.statusCode).toBe(202);
    const nouveauJeton = await jetonDuDernierLien(client, email, 'activation');
    expect(nouveauJeton).not.toBe(jeton);
    expect(
      (await client.post('/api/comptes/activation', { jeton: nouveauJeton, motDePasse: BON_MOT_DE_PASSE }))
        .statusCode,
    ).toBe(200);
  });
});

describe('Se connecter', () => {
  it('ouvre une session serveur dans un cookie httpOnly SameSite=Lax, renouvelée à chaque connexion', async () => {
    const u = await creerUtilisateur(t.db);
    const client = new Client(t.app);
    const premiere = await client.post('/api/session', { email: u.email, motDePasse: MOT_DE_PASSE });
    const jetonCsrf = premiere.json().jetonCsrf;
    const seconde = await client.request(
      'POST',
      '/api/session',
      { email: u.email, motDePasse: MOT_DE_PASSE },
      { 'x-csrf-token': jetonCsrf },
    );

    const cookie = String(premiere.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // the test PUBLIC_URL is http
    expect(seconde.statusCode).toBe(200);
    expect(String(seconde.headers['set-cookie']).split(';')[0]).not.toBe(cookie.split(';')[0]);
    expect(await t.db.session.count({ where: { utilisateurId: u.id } })).toBe(1);
    expect(await t.db.session.findFirst({ where: { jetonCsrf } })).toBeNull();
  });

  it('donne la même réponse pour une adresse inconnue et un mauvais mot de passe', async () => {
    const u = await creerUtilisateur(t.db);
    const client = new Client(t.app);
    const inconnue = await client.post('/api/session', {
      email: `inconnue-${Date.now()}@exemple.test`,
      motDePasse: 'x',
    });
    const mauvais = await client.post('/api/session', { email: u.email, motDePasse: 'x' });

    expect(inconnue.statusCode).toBe(401);
    expect(mauvais.statusCode).toBe(401);
    expect(ProblemSchema.parse(inconnue.json()).detail).toBe(ProblemSchema.parse(mauvais.json()).detail);
  });

  it('verrouille le compte 15 minutes après 5 mots de passe erronés, même avec le bon ensuite', async () => {
    const u = await creerUtilisateur(t.db);
    const client = new Client(t.app);
    for (let i = 0; i < 5; i++) {
      expect(
        (await client.post('/api/session', { email: u.email, motDePasse: `faux-${i}` })).statusCode,
      ).toBe(401);
    }

    const bloque = await client.post('/api/session', { email: u.email, motDePasse: MOT_DE_PASSE });

    expect(bloque.statusCode).toBe(429);
    const probleme = ProblemSchema.parse(bloque.json());
    expect(probleme.code).toBe('COMPTE_VERROUILLE');
    expect(probleme.detail).toMatch(/bloquée pendant 15 minutes, jusqu'à \d{2}:\d{2}/);

    // Once the 15 minutes are over (failures aged), the right password works again.
    await t.db.tentativeConnexion.updateMany({
      where: { email: u.email },
      data: { le: new Date(Date.now() - 16 * 60 * 1000) },
    });
    expect((await client.post('/api/session', { email: u.email, motDePasse: MOT_DE_PASSE })).statusCode).toBe(
      200,
    );
  });

  it('verrouille aussi une adresse inconnue, pour ne rien révéler', async () => {
    const client = new Client(t.app);
    const email = `fantome-${Date.now()}@exemple.test`;
    for (let i = 0; i < 5; i++) await client.post('/api/session', { email, motDePasse: 'x' });

    expect(
      ProblemSchema.parse((await client.post('/api/session', { email, motDePasse: 'x' })).json()).code,
    ).toBe('COMPTE_VERROUILLE');
  });

  it('limite les tentatives par adresse IP, toutes adresses électroniques confondues', async () => {
    const client = new Client(t.app);
    const ip = '203.0.113.77';
    for (let i = 0; i < 30; i++) {
      await client.request(
        'POST',
        '/api/session',
        { email: `spray-${i}@exemple.test`, motDePasse: 'x' },
        { 'x-forwarded-for': ip },
      );
    }

    const res = await client.request(
      'POST',
      '/api/session',
      { email: 'autre@exemple.test', motDePasse: 'x' },
      { 'x-forwarded-for': ip },
    );

    expect(res.statusCode).toBe(429);
    expect(ProblemSchema.parse(res.json()).code).toBe('TROP_DE_TENTATIVES');
  });

  it('se déconnecter ferme la session côté serveur', async () => {
    const u = await creerUtilisateur(t.db);
    const client = await new Client(t.app).login(u.email);

    expect((await client.delete('/api/session')).statusCode).toBe(204);
    expect((await client.get('/api/session')).statusCode).toBe(401);
    expect(await t.db.session.count({ where: { utilisateurId: u.id } })).toBe(0);
  });
});

describe('Limites d’envoi de courriels', () => {
  it('limite par adresse IP les demandes qui envoient un courriel', async () => {
    const client = new Client(t.app);
    const ip = { 'x-forwarded-for': '198.51.100.23' };
    for (let i = 0; i < 20; i++) {
      const res = await client.request(
        'POST',
        '/api/comptes/mot-de-passe-oublie',
        { email: `x${i}@exemple.test` },
        ip,
      );
      expect(res.statusCode).toBe(202);
    }

    const refus = await client.request(
      'POST',
      '/api/comptes/mot-de-passe-oublie',
      { email: 'y@exemple.test' },
      ip,
    );

    expect(refus.statusCode).toBe(429);
    expect(ProblemSchema.parse(refus.json()).code).toBe('TROP_DE_TENTATIVES');
  });
});

describe('Protection CSRF', () => {
  it('refuse une modification sans le jeton de la session, et ne change rien', async () => {
    const u = await creerUtilisateur(t.db);
    const client = await new Client(t.app).login(u.email);
    const sansJeton = await client.request(
      'PUT',
      '/api/mon-compte',
      { nom: 'Pirate' },
      { 'x-csrf-token': 'mauvais' },
    );

    expect(sansJeton.statusCode).toBe(403);
    expect(ProblemSchema.parse(sansJeton.json()).code).toBe('CSRF_INVALIDE');
    expect((await t.db.utilisateur.findUniqueOrThrow({ where: { id: u.id } })).nom).toBe(u.nom);
  });

  it('refuse une requête anonyme sans en-tête CSRF', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/comptes',
      payload: { email: 'a@b.test', nom: 'A', prenom: 'B' },
    });

    expect(res.statusCode).toBe(403);
  });
});

describe('Mot de passe oublié', () => {
  it('envoie un lien à usage unique qui change le mot de passe et ferme les sessions ouvertes', async () => {
    const u = await creerUtilisateur(t.db);
    const connecte = await new Client(t.app).login(u.email);
    const client = new Client(t.app);

    expect((await client.post('/api/comptes/mot-de-passe-oublie', { email: u.email })).statusCode).toBe(202);
    const jeton = await jetonDuDernierLien(client, u.email, 'reinitialisation');
    expect(
      (await client.post('/api/comptes/reinitialisation', { jeton, motDePasse: BON_MOT_DE_PASSE }))
        .statusCode,
    ).toBe(200);

    expect((await connecte.get('/api/session')).statusCode).toBe(401);
    await client.login(u.email, BON_MOT_DE_PASSE);
    expect(
      (await client.post('/api/comptes/reinitialisation', { jeton, motDePasse: 'Encore-Un-Autre-2026' }))
        .statusCode,
    ).toBe(422);
  });

  it('répond pareil pour une adresse inconnue et n’envoie rien', async () => {
    const client = new Client(t.app);
    const email = `personne-${Date.now()}@exemple.test`;

    expect((await client.post('/api/comptes/mot-de-passe-oublie', { email })).statusCode).toBe(202);
    expect(await t.db.courriel.count({ where: { destinataire: email } })).toBe(0);
  });
});

describe('Mon compte', () => {
  it('modifie identité, adresse de contact et préférences, jamais l’adresse de connexion', async () => {
    const u = await creerUtilisateur(t.db);
    const client = await new Client(t.app).login(u.email);
    const res = await client.put('/api/mon-compte', {
      nom: 'Martin',
      prenom: 'Zoé',
      telephone: '+33 1 23 45 67 89',
      emailContact: 'contact@exemple.test',
      notificationsFacturation: false,
      resumeHebdomadaire: true,
      email: 'autre@exemple.test',
    });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      email: u.email,
      emailContact: 'contact@exemple.test',
      nom: 'Martin',
      resumeHebdomadaire: true,
    });
  });

  it('change le mot de passe avec l’ancien, et refuse un ancien mot de passe faux', async () => {
    const u = await creerUtilisateur(t.db);
    const client = await new Client(t.app).login(u.email);
    const faux = await client.post('/api/mon-compte/mot-de-passe', {
      ancienMotDePasse: 'faux',
      nouveauMotDePasse: BON_MOT_DE_PASSE,
    });
    expect(faux.statusCode).toBe(422);
    expect(ProblemSchema.parse(faux.json()).errors?.[0]?.pointer).toBe('/ancienMotDePasse');

    const ok = await client.post('/api/mon-compte/mot-de-passe', {
      ancienMotDePasse: MOT_DE_PASSE,
      nouveauMotDePasse: BON_MOT_DE_PASSE,
    });
    expect(ok.statusCode).toBe(200);
    await new Client(t.app).login(u.email, BON_MOT_DE_PASSE);
  });

  it('exige d’être connecté', async () => {
    expect((await new Client(t.app).get('/api/session')).statusCode).toBe(401);
    expect((await new Client(t.app).get('/api/mon-compte/demandes')).statusCode).toBe(401);
  });
});
