import { RechercheFacturesResponseSchema } from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendreStatut, creerParties, deposer, lire } from './support/cycle.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('Acheminement des factures déposées (travaux en arrière-plan)', () => {
  it('renvoie au fournisseur une facture dont le destinataire ou le service est devenu inactif depuis le dépôt', async () => {
    const { fournisseur, destinataire, agent } = await creerParties(t.app, t.db);
    // Deposited while no worker runs; the recipient changes before the routing.
    const structureInactive = await deposer(fournisseur, destinataire.identifiant);
    await t.db.structure.update({ where: { id: destinataire.id }, data: { active: false } });
    const autres = await creerParties(t.app, t.db);
    const serviceInactif = await deposer(autres.fournisseur, autres.destinataire.identifiant);
    await t.db.service.updateMany({
      where: { structureId: autres.destinataire.id, code: 'VOIRIE' },
      data: { actif: false },
    });

    await t.demarrerTravailleur();
    await attendreStatut(t.db, structureInactive, 'A_RECYCLER');
    await attendreStatut(t.db, serviceInactif, 'A_RECYCLER');

    const vue = await lire(fournisseur.client, structureInactive);
    expect(vue.statut).toBe('A_RECYCLER');
    expect(vue.dateMiseADisposition).toBeNull();
    expect(vue.historique.map((h) => h.statut)).toEqual(['DEPOSEE', 'EN_COURS_ACHEMINEMENT', 'A_RECYCLER']);
    expect(vue.historique.at(-1)).toMatchObject({
      auteur: null,
      motif:
        'Acheminement impossible : La structure destinataire n’est pas active : elle ne peut pas recevoir de factures.',
    });
    expect(vue.actionsPossibles.map((a) => a.action)).toEqual(['RECYCLER', 'ABANDONNER']);
    expect((await lire(autres.fournisseur.client, serviceInactif)).historique.at(-1)?.motif).toBe(
      'Acheminement impossible : Le service « VOIRIE » n’est pas actif.',
    );
    // The supplier is told (e-mail queued with the motif); the recipient never saw it.
    const courriel = await t.db.courriel.findFirstOrThrow({
      where: { destinataire: fournisseur.utilisateur.emailContact },
    });
    expect(courriel.sujet).toContain('À recycler');
    expect(courriel.texte).toContain('Acheminement impossible');
    expect((await agent.client.get(`/api/factures/${structureInactive}`)).statusCode).toBe(404);
  });

  it('une facture déposée arrive MISE_A_DISPOSITION sans intervention, et le délai de paiement part de là', async () => {
    const { fournisseur, destinataire, agent } = await creerParties(t.app, t.db);
    const debut = Date.now();
    const id = await deposer(fournisseur, destinataire.identifiant);

    await attendreStatut(t.db, id, 'MISE_A_DISPOSITION', 5000);
    expect(Date.now() - debut).toBeLessThan(5000);

    const vue = await lire(agent.client, id);
    expect(vue).toMatchObject({ cote: 'DESTINATAIRE', statut: 'MISE_A_DISPOSITION' });
    expect(vue.dateMiseADisposition).not.toBeNull();
    expect(vue.debutDelaiPaiement).toBe(vue.historique.at(-1)?.le);
    expect(vue.historique.map((h) => [h.statut, h.auteur])).toEqual([
      ['DEPOSEE', `${fournisseur.utilisateur.prenom} ${fournisseur.utilisateur.nom}`],
      ['EN_COURS_ACHEMINEMENT', null],
      ['MISE_A_DISPOSITION', null],
    ]);
    const recues = RechercheFacturesResponseSchema.parse(
      (await agent.client.get(`/api/factures/recues?structureId=${destinataire.id}`)).json(),
    );
    expect(recues.factures.map((f) => f.id)).toEqual([id]);

    // The agent of the service is told, in the portal and by e-mail.
    const notifications = (await agent.client.get('/api/notifications')).json();
    expect(notifications).toMatchObject({ nonLues: 1, notifications: [{ factureId: id, lue: false }] });
    expect(
      await t.db.courriel.count({
        where: { destinataire: agent.utilisateur.emailContact, sujet: { startsWith: 'Facture reçue' } },
      }),
    ).toBe(1);
    expect((await agent.client.post('/api/notifications/lues', {})).statusCode).toBe(204);
    expect((await agent.client.get('/api/notifications')).json()).toMatchObject({ nonLues: 0 });
  });
});
