import { FactureSchema, RechercheFacturesResponseSchema } from '@choral/contracts';
import { FORMAT_NUMERO_PORTAIL } from '@choral/domain/facture';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendreStatut, creerParties, deposer, lire } from './support/cycle.ts';
import { saisieComplete } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await t.demarrerTravailleur();
});
afterAll(() => t.close());

describe('Numéro portail', () => {
  it('is random in its own format: it reveals neither the id nor how many invoices exist', async () => {
    const parties = await creerParties(t.app, t.db);
    const ids: number[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(await deposer(parties.fournisseur, parties.destinataire.identifiant));

    const numeros = await Promise.all(
      ids.map(async (id) => (await lire(parties.fournisseur.client, id)).numeroPortail),
    );
    expect(new Set(numeros).size).toBe(ids.length);
    for (const [i, numero] of numeros.entries()) {
      expect(numero).toMatch(FORMAT_NUMERO_PORTAIL);
      expect(numero).not.toContain(String(ids[i]).padStart(4, '0'));
    }
  });
});

describe('Parties au dépôt', () => {
  it('keeps the supplier, recipient and service as they were at deposit, on every view', async () => {
    const { fournisseur, destinataire, agent } = await creerParties(t.app, t.db);
    const id = await deposer(fournisseur, destinataire.identifiant);
    await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');
    const avant = await lire(fournisseur.client, id);
    const ancienFournisseur = fournisseur.structure.raisonSociale;
    const ancienDestinataire = destinataire.raisonSociale;

    await t.db.structure.update({
      where: { id: fournisseur.structure.id },
      data: { raisonSociale: 'Nouveau Nom SAS' },
    });
    await t.db.structure.update({
      where: { id: destinataire.id },
      data: { raisonSociale: 'Commune Renommée' },
    });
    await t.db.service.updateMany({
      where: { structureId: destinataire.id, code: 'VOIRIE' },
      data: { libelle: 'Autre libellé' },
    });

    for (const client of [fournisseur.client, agent.client]) {
      const facture = await lire(client, id);
      expect(facture.fournisseur).toEqual(avant.fournisseur);
      expect(facture.destinataire).toEqual(avant.destinataire);
      expect(facture).toMatchObject({
        fournisseur: { raisonSociale: ancienFournisseur },
        destinataire: { raisonSociale: ancienDestinataire, codeService: 'VOIRIE' },
      });
    }
    const emises = await fournisseur.client.get(
      `/api/factures/emises?structureId=${fournisseur.structure.id}`,
    );
    const recues = await agent.client.get(`/api/factures/recues?structureId=${destinataire.id}`);
    for (const liste of [emises, recues]) {
      const ligne = RechercheFacturesResponseSchema.parse(liste.json()).factures.find((f) => f.id === id);
      expect(ligne).toMatchObject({ fournisseur: ancienFournisseur, destinataire: ancienDestinataire });
    }
    const csv = await agent.client.get(`/api/factures/recues/export.csv?structureId=${destinataire.id}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(ancienFournisseur);
    expect(csv.body).not.toContain('Nouveau Nom SAS');

    // A draft is not deposited yet: it shows the structures as they are now.
    const brouillon = await fournisseur.client.post(
      '/api/factures/brouillons',
      saisieComplete(fournisseur.structure.id, destinataire.identifiant),
    );
    expect(FactureSchema.parse(brouillon.json())).toMatchObject({
      fournisseur: { raisonSociale: 'Nouveau Nom SAS' },
      destinataire: { raisonSociale: 'Commune Renommée', libelleService: 'Autre libellé' },
    });
  });
});
