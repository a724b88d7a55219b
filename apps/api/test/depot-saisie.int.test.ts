import { ConfirmationDepotSchema, FactureSchema, FacturesEmisesResponseSchema } from '@choral/contracts';
import { FORMAT_NUMERO_PORTAIL } from '@choral/domain/facture';
import { lireFacture } from '@choral/formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creerDestinataire, creerFournisseur, factureEnBase, saisieComplete } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('Saisir une facture', () => {
  it('calcule les totaux côté serveur, enregistre le brouillon, puis l’envoie avec un Factur-X généré', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);

    const creation = await client.post(
      '/api/factures/brouillons',
      saisieComplete(structure.id, destinataire.identifiant, 'S-2026-001'),
    );
    expect(creation.statusCode).toBe(201);
    const brouillon = FactureSchema.parse(creation.json());
    expect(brouillon).toMatchObject({
      statut: 'BROUILLON',
      mode: 'SAISIE',
      numeroPortail: null,
      destinataire: { identifiant: destinataire.identifiant, codeService: 'VOIRIE' },
      montants: { montantHt: '456.50', montantTva: '77.53', montantTtc: '534.03', montantAPayer: '534.03' },
      recapitulatifTva: [
        { taux: '20', baseHt: '361.50', montantTva: '72.30' },
        { taux: '5.5', baseHt: '95.00', montantTva: '5.23' },
      ],
      actions: { modifier: true, supprimer: true, envoyer: true },
    });
    expect(brouillon.lignes.map((l) => l.montantHt)).toEqual(['361.50', '95.00']);

    const envoi = await client.post(`/api/factures/brouillons/${brouillon.id}/envoi`);
    expect(envoi.statusCode).toBe(200);
    const confirmation = ConfirmationDepotSchema.parse(envoi.json());
    expect(confirmation).toMatchObject({ statut: 'DEPOSEE', numero: 'S-2026-001', montantTtc: '534.03' });
    expect(confirmation.numeroPortail).toMatch(FORMAT_NUMERO_PORTAIL);
    expect(confirmation.empreinte).toMatch(/^[0-9a-f]{64}$/);

    const detail = FactureSchema.parse((await client.get(`/api/factures/${brouillon.id}`)).json());
    expect(detail).toMatchObject({ statut: 'DEPOSEE', numeroPortail: confirmation.numeroPortail });
    expect(detail.historique).toEqual([
      expect.objectContaining({ statut: 'DEPOSEE', libelleStatut: 'Déposée' }),
    ]);
    expect(detail.actions).toEqual({ modifier: false, supprimer: false, envoyer: false });
    const [pdf] = detail.documents;
    expect(pdf).toMatchObject({ role: 'FACTURX_GENERE', typeMime: 'application/pdf' });

    const telechargement = await client.get(`/api/factures/${brouillon.id}/documents/${pdf?.id}`);
    expect(telechargement.statusCode).toBe(200);
    expect(telechargement.headers['content-type']).toBe('application/pdf');
    expect(telechargement.headers['content-disposition']).toMatch(/^attachment; filename="CHO-/);
    const relu = await lireFacture(telechargement.rawPayload);
    expect(relu.ok && relu.lecture.format).toBe('factur-x');
    expect(relu.ok && relu.lecture.facture?.totaux).toMatchObject({ totalHt: '456.5', totalTtc: '534.03' });
    expect(relu.ok && relu.lecture.facture?.referenceAcheteur).toBe('VOIRIE');

    const liste = FacturesEmisesResponseSchema.parse(
      (await client.get(`/api/factures/emises?structureId=${structure.id}`)).json(),
    );
    expect(liste.factures).toEqual([
      expect.objectContaining({
        id: brouillon.id,
        numero: 'S-2026-001',
        destinataire: destinataire.raisonSociale,
        dateFacture: '2026-01-15',
        montantTtc: '534.03',
        statut: 'DEPOSEE',
        numeroPortail: confirmation.numeroPortail,
      }),
    ]);
    const enBase = await factureEnBase(t.db, brouillon.id);
    expect(enBase.numeroConsomme).toBe('S-2026-001');
    expect(enBase.montantTtc?.toFixed(2)).toBe('534.03');
  });

  it('garde un brouillon incomplet, le reprend, le modifie puis l’envoie', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);

    const vide = await client.post('/api/factures/brouillons', { structureId: structure.id });
    expect(vide.statusCode).toBe(201);
    const { id } = FactureSchema.parse(vide.json());
    expect((await client.get(`/api/factures/brouillons/${id}`)).json()).toMatchObject({
      statut: 'BROUILLON',
      cadre: 'A1',
      identification: { numero: null, devise: 'EUR', type: 'FACTURE' },
      montants: { montantTtc: '0.00' },
    });
    const incomplet = await client.post(`/api/factures/brouillons/${id}/envoi`);
    expect(incomplet.statusCode).toBe(422);
    expect(incomplet.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(['/destinataire/identifiant', '/identification/numero', '/lignes']),
    );

    const { structureId: _, ...formulaire } = saisieComplete(structure.id, destinataire.identifiant);
    const modification = await client.put(`/api/factures/brouillons/${id}`, formulaire);
    expect(modification.statusCode).toBe(200);
    const liste = FacturesEmisesResponseSchema.parse(
      (await client.get(`/api/factures/emises?structureId=${structure.id}`)).json(),
    );
    expect(liste.factures).toEqual([
      expect.objectContaining({ id, statut: 'BROUILLON', montantTtc: '534.03' }),
    ]);

    expect((await client.post(`/api/factures/brouillons/${id}/envoi`)).statusCode).toBe(200);
    const apres = await client.put(`/api/factures/brouillons/${id}`, formulaire);
    expect(apres.statusCode).toBe(409);
    expect(apres.json().code).toBe('FACTURE_NON_MODIFIABLE');
    expect((await client.delete(`/api/factures/brouillons/${id}`)).statusCode).toBe(409);
  });

  it('supprime un brouillon et ses documents', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const { id } = (await client.post('/api/factures/brouillons', { structureId: structure.id })).json();

    expect((await client.delete(`/api/factures/brouillons/${id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/factures/brouillons/${id}`)).statusCode).toBe(404);
  });

  it('refuse une saisie mal formée avec des pointeurs vers les champs', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const res = await client.post('/api/factures/brouillons', {
      structureId: structure.id,
      identification: { dateFacture: '15/01/2026' },
      lignes: [{ designation: '', quantite: '1,5', prixUnitaireHt: '10', tauxTva: '20' }],
    });

    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/identification/dateFacture', '/lignes/0/designation', '/lignes/0/quantite']);
    expect(await t.db.facture.count({ where: { fournisseurId: structure.id } })).toBe(0);
  });

  it('accepte le cadre en code court ou en nom de l’API Chorus Pro, et refuse un cadre inconnu', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const creation = await client.post('/api/factures/brouillons', {
      structureId: structure.id,
      cadre: 'A9_FACTURE_SOUSTRAITANT',
    });
    expect(creation.statusCode, creation.body).toBe(201);
    const { id } = creation.json();
    expect((await t.db.facture.findUniqueOrThrow({ where: { id } })).cadre).toBe('A9');
    const modification = await client.put(`/api/factures/brouillons/${id}`, {
      cadre: 'A1_FACTURE_FOURNISSEUR',
    });
    expect(modification.statusCode, modification.body).toBe(200);
    expect((await t.db.facture.findUniqueOrThrow({ where: { id } })).cadre).toBe('A1');

    for (const [cadre, message] of [
      ['Z9_INCONNU', 'Cadre de facturation inconnu « Z9_INCONNU ».'],
      [
        'A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR',
        'Cadre de facturation non proposé au dépôt de factures (A1, A2, A9, A12).',
      ],
    ]) {
      const refus = await client.post('/api/factures/brouillons', { structureId: structure.id, cadre });
      expect(refus.statusCode, cadre).toBe(400);
      expect(refus.json().errors, cadre).toEqual([
        expect.objectContaining({ pointer: '/cadre', detail: message }),
      ]);
    }
    expect(await t.db.facture.count({ where: { fournisseurId: structure.id } })).toBe(1);
  });
});
