import { Writable } from 'node:stream';
import { ProblemSchema } from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { creerUtilisateur, MOT_DE_PASSE } from './support/factories.ts';
import { dernierCourriel, jetonDuDernierLien } from './support/mailbox.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

// Request log lines, as the portal writes them (pino JSON).
const journal: string[] = [];
const sortieJournal = new Writable({
  write(chunk, _encoding, done) {
    journal.push(String(chunk));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp(undefined, { logger: { level: 'info', stream: sortieJournal } });
});
afterAll(() => t.close());

const NOUVEAU = 'Tournesol-Bleu-Violet-2026';
let compteur = 0;
function adresse(prefixe: string): string {
  compteur += 1;

  return `${prefixe}-${Date.now()}-${compteur}@exemple.test`;
}

async function liensDe(destinataire: string): Promise<string[]> {
  const courriels = await t.db.courriel.findMany({ where: { destinataire } });

  return courriels.flatMap((c) => c.texte.match(/jeton=[\w-]+/g) ?? []);
}

describe('Création de compte : l’adresse de connexion est vérifiée', () => {
  it('envoie le lien d’activation à l’adresse de connexion, jamais à l’adresse de contact', async () => {
    const client = new Client(t.app);
    const victime = adresse('victime');
    const attaquant = adresse('attaquant');

    const res = await client.post('/api/comptes', {
      email: victime,
      emailContact: attaquant,
      nom: 'Pirate',
      prenom: 'Paul',
    });

    expect(res.statusCode).toBe(202);
    expect(await liensDe(attaquant)).toEqual([]);
    expect(await liensDe(victime)).toHaveLength(1);
  });

  it('le renvoi du lien d’activation va aussi à l’adresse de connexion', async () => {
    const client = new Client(t.app);
    const victime = adresse('victime');
    const attaquant = adresse('attaquant');
    await client.post('/api/comptes', { email: victime, emailContact: attaquant, nom: 'P', prenom: 'P' });

    expect((await client.post('/api/comptes/activation/renvoi', { email: victime })).statusCode).toBe(202);

    expect(await liensDe(attaquant)).toEqual([]);
    expect(await liensDe(victime)).toHaveLength(2);
  });

  it('le titulaire qui s’inscrit ensuite reprend le compte non activé, à ses nom et adresse de contact', async () => {
    const client = new Client(t.app);
    const victime = adresse('victime');
    const attaquant = adresse('attaquant');
    await client.post('/api/comptes', {
      email: victime,
      emailContact: attaquant,
      nom: 'Pirate',
      prenom: 'P',
    });
    await client.post('/api/comptes', { email: victime, nom: 'Titulaire', prenom: 'Tina' });

    const compte = await t.db.utilisateur.findUniqueOrThrow({ where: { email: victime } });
    expect(compte).toMatchObject({ emailContact: victime, nom: 'Titulaire', prenom: 'Tina', actif: false });
  });

  it('envoie le lien de réinitialisation à l’adresse de connexion', async () => {
    const u = await creerUtilisateur(t.db);
    const contact = adresse('contact');
    await t.db.utilisateur.update({ where: { id: u.id }, data: { emailContact: contact } });

    await new Client(t.app).post('/api/comptes/mot-de-passe-oublie', { email: u.email });

    expect(await liensDe(contact)).toEqual([]);
    expect(await liensDe(u.email)).toHaveLength(1);
  });
});

describe('Liens à usage unique : un seul vaut à la fois', () => {
  async function demanderLien(email: string): Promise<string> {
    await new Client(t.app).post('/api/comptes/mot-de-passe-oublie', { email });

    return jetonDuDernierLien(new Client(t.app), email, 'reinitialisation');
  }

  it('utiliser un lien de réinitialisation annule les plus anciens', async () => {
    const u = await creerUtilisateur(t.db);
    const ancien = await demanderLien(u.email);
    const recent = await demanderLien(u.email);
    const client = new Client(t.app);

    expect(
      (await client.post('/api/comptes/reinitialisation', { jeton: recent, motDePasse: NOUVEAU })).statusCode,
    ).toBe(200);
    const rejoue = await client.post('/api/comptes/reinitialisation', {
      jeton: ancien,
      motDePasse: 'Encore-Un-Autre-Mot-2026',
    });

    expect(rejoue.statusCode).toBe(422);
    expect(ProblemSchema.parse(rejoue.json()).code).toBe('JETON_INVALIDE');
    await client.login(u.email, NOUVEAU);
  });

  it('changer son mot de passe annule les liens de réinitialisation en cours', async () => {
    const u = await creerUtilisateur(t.db);
    const lien = await demanderLien(u.email);
    const connecte = await new Client(t.app).login(u.email);

    const changement = await connecte.post('/api/mon-compte/mot-de-passe', {
      ancienMotDePasse: MOT_DE_PASSE,
      nouveauMotDePasse: NOUVEAU,
    });
    expect(changement.statusCode).toBe(200);
    const rejoue = await new Client(t.app).post('/api/comptes/reinitialisation', {
      jeton: lien,
      motDePasse: 'Encore-Un-Autre-Mot-2026',
    });

    expect(rejoue.statusCode).toBe(422);
    expect(ProblemSchema.parse(rejoue.json()).code).toBe('JETON_INVALIDE');
  });

  it('activer son compte annule les autres liens d’activation', async () => {
    const client = new Client(t.app);
    const email = adresse('activation');
    await client.post('/api/comptes', { email, nom: 'Durand', prenom: 'Léa' });
    const premier = await jetonDuDernierLien(client, email, 'activation');
    await client.post('/api/comptes/activation/renvoi', { email });
    const second = await jetonDuDernierLien(client, email, 'activation');

    expect(
      (await client.post('/api/comptes/activation', { jeton: second, motDePasse: NOUVEAU })).statusCode,
    ).toBe(200);
    const rejoue = await client.post('/api/comptes/activation', { jeton: premier, motDePasse: NOUVEAU });

    expect(ProblemSchema.parse(rejoue.json()).code).toBe('JETON_INVALIDE');
  });
});

describe('Journal des requêtes', () => {
  it('ne contient jamais les jetons des liens', async () => {
    const client = new Client(t.app);
    const email = adresse('journal');
    await client.post('/api/comptes', { email, nom: 'Durand', prenom: 'Léa' });
    const jeton = await jetonDuDernierLien(client, email, 'activation');
    journal.length = 0;

    await client.get(`/activation?jeton=${jeton}`);
    await client.get(`/reinitialisation?jeton=${jeton}&autre=1`);
    await client.post('/api/comptes/activation', { jeton, motDePasse: NOUVEAU });

    const lignes = journal.join('');
    expect(lignes).toContain('/activation?jeton=');
    expect(lignes).not.toContain(jeton);
    expect((await dernierCourriel(client, email)).texte).toContain(jeton);
  });
});
