import { RechercheFacturesResponseSchema, TraiterFacturesResponseSchema } from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agir, attendreStatut, creerAgent, creerParties, deposer, lire } from './support/cycle.ts';
import { envoyerFormulaire, saisieComplete } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await t.demarrerTravailleur();
});
afterAll(() => t.close());

/** A deposited invoice once routed to the recipient's VOIRIE service. */
async function factureRecue() {
  const parties = await creerParties(t.app, t.db);
  const id = await deposer(parties.fournisseur, parties.destinataire.identifiant);
  await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');

  return { ...parties, id };
}

describe('Traiter une facture reçue, la suivre côté fournisseur', () => {
  it('suspendre avec motif, compléter, service fait, mise en paiement : les deux côtés voient le même historique', async () => {
    const { fournisseur, destinataire, agent, id } = await factureRecue();

    const recues = RechercheFacturesResponseSchema.parse(
      (
        await agent.client.get(
          `/api/factures/recues?structureId=${destinataire.id}&statut=MISE_A_DISPOSITION`,
        )
      ).json(),
    );
    expect(recues.factures.map((f) => f.id)).toEqual([id]);
    expect(recues.compteurs.find((c) => c.statut === 'MISE_A_DISPOSITION')).toMatchObject({ nombre: 1 });
    expect(
      (await agent.client.get(`/api/factures/recues/synthese?structureId=${destinataire.id}`)).json(),
    ).toEqual({
      aTraiter: [expect.objectContaining({ statut: 'MISE_A_DISPOSITION', nombre: 1 })],
    });

    const sansMotif = await agir(agent.client, id, { action: 'SUSPENDRE' });
    expect(sansMotif.statusCode).toBe(422);
    expect(sansMotif.json()).toMatchObject({ code: 'MOTIF_OBLIGATOIRE', errors: [{ pointer: '/motif' }] });
    const suspension = await agir(agent.client, id, {
      action: 'SUSPENDRE',
      motif: 'Bon de livraison manquant',
    });
    expect(suspension.statusCode, suspension.body).toBe(200);
    expect(suspension.json()).toMatchObject({ statut: 'SUSPENDUE', cote: 'DESTINATAIRE' });

    // The supplier sees the motif, is told by e-mail, and may complete or abandon.
    const suspendue = await lire(fournisseur.client, id);
    expect(suspendue.statut).toBe('SUSPENDUE');
    expect(suspendue.historique.at(-1)).toMatchObject({
      statut: 'SUSPENDUE',
      motif: 'Bon de livraison manquant',
    });
    expect(suspendue.actionsPossibles.map((a) => a.action)).toEqual(['COMPLETER', 'ABANDONNER']);
    const courriel = await t.db.courriel.findFirstOrThrow({
      where: { destinataire: fournisseur.utilisateur.emailContact, sujet: { contains: 'Suspendue' } },
    });
    expect(courriel.texte).toContain('Motif : Bon de livraison manquant');

    const vide = await agir(fournisseur.client, id, { action: 'COMPLETER' });
    expect(vide.statusCode).toBe(422);
    expect(vide.json()).toMatchObject({ code: 'COMPLEMENT_OBLIGATOIRE' });
    const piece = await envoyerFormulaire(
      fournisseur.client,
      `/api/factures/${id}/pieces-jointes`,
      { designation: 'Bon de livraison', type: 'BON_DE_LIVRAISON' },
      { nom: 'bl.pdf', octets: '%PDF-1.4 bon de livraison', type: 'application/pdf' },
    );
    expect(piece.statusCode, piece.body).toBe(201);
    const completion = await agir(fournisseur.client, id, { action: 'COMPLETER', commentaire: 'BL joint.' });
    expect(completion.statusCode, completion.body).toBe(200);
    expect(completion.json()).toMatchObject({ statut: 'COMPLETEE' });
    // The payment delay restarts at the completion.
    const completee = await lire(agent.client, id);
    expect(completee.debutDelaiPaiement).toBe(completee.historique.at(-1)?.le);
    expect(completee.debutDelaiPaiement).not.toBe(completee.dateMiseADisposition);

    expect((await agir(agent.client, id, { action: 'ATTESTER_SERVICE_FAIT' })).json()).toMatchObject({
      statut: 'SERVICE_FAIT',
    });
    const mandat = await agir(agent.client, id, { action: 'MANDATER' });
    expect(mandat.json()).toMatchObject({ code: 'NUMERO_MANDAT_OBLIGATOIRE' });
    expect((await agir(agent.client, id, { action: 'METTRE_EN_PAIEMENT' })).json()).toMatchObject({
      statut: 'MISE_EN_PAIEMENT',
      actionsPossibles: [],
    });

    const cote = await lire(fournisseur.client, id);
    const autreCote = await lire(agent.client, id);
    const parcours = [
      'DEPOSEE',
      'EN_COURS_ACHEMINEMENT',
      'MISE_A_DISPOSITION',
      'SUSPENDUE',
      'COMPLETEE',
      'SERVICE_FAIT',
      'MISE_EN_PAIEMENT',
    ];
    expect(cote.historique.map((h) => h.statut)).toEqual(parcours);
    expect(autreCote.historique).toEqual(cote.historique);
    expect(cote.historique.find((h) => h.statut === 'COMPLETEE')).toMatchObject({
      commentaire: 'BL joint.',
      auteur: `${fournisseur.utilisateur.prenom} ${fournisseur.utilisateur.nom}`,
    });
    expect(cote.historique.find((h) => h.statut === 'SUSPENDUE')?.auteur).toBe(
      `${agent.utilisateur.prenom} ${agent.utilisateur.nom}`,
    );
  });

  it('cache la mise en paiement au fournisseur quand le destinataire ne la fait pas remonter', async () => {
    const { fournisseur, destinataire, agent, id } = await factureRecue();
    await t.db.structure.update({
      where: { id: destinataire.id },
      data: { statutMiseEnPaiementNestPasRemonte: true },
    });
    await agir(agent.client, id, { action: 'ATTESTER_SERVICE_FAIT' });
    expect((await agir(agent.client, id, { action: 'METTRE_EN_PAIEMENT' })).statusCode).toBe(200);

    const vue = await lire(fournisseur.client, id);
    expect(vue.statut).toBe('SERVICE_FAIT');
    expect(vue.historique.map((h) => h.statut)).not.toContain('MISE_EN_PAIEMENT');
    const emises = RechercheFacturesResponseSchema.parse(
      (await fournisseur.client.get(`/api/factures/emises?structureId=${fournisseur.structure.id}`)).json(),
    );
    expect(emises.factures[0]).toMatchObject({ id, statut: 'SERVICE_FAIT' });
    const filtre = await fournisseur.client.get(
      `/api/factures/emises?structureId=${fournisseur.structure.id}&statut=MISE_EN_PAIEMENT`,
    );
    expect(filtre.json().factures).toEqual([]);
    expect((await lire(agent.client, id)).statut).toBe('MISE_EN_PAIEMENT');
    expect(
      await t.db.courriel.count({
        where: {
          destinataire: fournisseur.utilisateur.emailContact,
          sujet: { contains: 'Mise en paiement' },
        },
      }),
    ).toBe(0);
  });

  it('rejet, acquittement : le numéro reste consommé (un nouveau dépôt avec ce numéro est un DOUBLON)', async () => {
    const { fournisseur, destinataire, agent, id } = await factureRecue();
    const numero = (await lire(fournisseur.client, id)).identification.numero as string;
    expect((await agir(agent.client, id, { action: 'REJETER', motif: 'Montant erroné' })).statusCode).toBe(
      200,
    );

    const rejetee = await lire(fournisseur.client, id);
    expect(rejetee).toMatchObject({ statut: 'REJETEE', acquitteLe: null });
    expect(rejetee.actionsPossibles.map((a) => a.action)).toEqual(['ACQUITTER_REJET']);
    expect(
      (
        await fournisseur.client.get(`/api/factures/emises/synthese?structureId=${fournisseur.structure.id}`)
      ).json(),
    ).toEqual({
      aTraiter: [expect.objectContaining({ statut: 'REJETEE', nombre: 1 })],
    });
    const acquittement = await agir(fournisseur.client, id, { action: 'ACQUITTER_REJET' });
    expect(acquittement.statusCode).toBe(200);
    expect(acquittement.json()).toMatchObject({ statut: 'REJETEE', actionsPossibles: [] });
    expect(acquittement.json().acquitteLe).not.toBeNull();
    expect(acquittement.json().historique.slice(-2)).toMatchObject([
      { statut: 'REJETEE', action: 'REJETER', motif: 'Montant erroné' },
      { statut: 'REJETEE', action: 'ACQUITTER_REJET' },
    ]);
    expect((await agir(fournisseur.client, id, { action: 'ACQUITTER_REJET' })).json()).toMatchObject({
      code: 'REJET_DEJA_ACQUITTE',
    });

    const nouveau = await fournisseur.client.post(
      '/api/factures/brouillons',
      saisieComplete(fournisseur.structure.id, destinataire.identifiant, numero),
    );
    const envoi = await fournisseur.client.post(`/api/factures/brouillons/${nouveau.json().id}/envoi`);
    expect(envoi.statusCode).toBe(409);
    expect(envoi.json()).toMatchObject({ code: 'DOUBLON' });
  });

  it('à recycler puis recyclée vers un autre service : même numéro, acheminée de nouveau', async () => {
    const { fournisseur, destinataire, agent, id } = await factureRecue();
    const agentEcoles = await creerAgent(t.app, t.db, destinataire.id, ['ECOLES']);
    expect(
      (await agir(agent.client, id, { action: 'DEMANDER_RECYCLAGE', motif: 'Service ECOLES' })).statusCode,
    ).toBe(200);

    const refus = await fournisseur.client.post(`/api/factures/${id}/recyclage`, {
      destinataire: { identifiant: destinataire.identifiant, codeService: 'INCONNU' },
    });
    expect(refus.statusCode).toBe(422);
    expect(refus.json()).toMatchObject({ code: 'SERVICE_INCONNU' });
    const recyclage = await fournisseur.client.post(`/api/factures/${id}/recyclage`, {
      destinataire: { identifiant: destinataire.identifiant, codeService: 'ECOLES' },
      numeroEngagement: 'EJ-2026-43',
    });
    expect(recyclage.statusCode, recyclage.body).toBe(200);
    expect(recyclage.json()).toMatchObject({
      destinataire: { codeService: 'ECOLES' },
      references: { numeroEngagement: 'EJ-2026-43' },
    });

    await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');
    const vue = await lire(agentEcoles.client, id);
    expect(vue.identification.numero).toBe((await lire(fournisseur.client, id)).identification.numero);
    expect(vue.historique.map((h) => h.statut)).toEqual([
      'DEPOSEE',
      'EN_COURS_ACHEMINEMENT',
      'MISE_A_DISPOSITION',
      'A_RECYCLER',
      'DEPOSEE',
      'EN_COURS_ACHEMINEMENT',
      'MISE_A_DISPOSITION',
    ]);
    // The VOIRIE agent no longer sees it.
    expect((await agent.client.get(`/api/factures/${id}`)).statusCode).toBe(404);
  });

  it('refuse une transition interdite (409 TRANSITION_INTERDITE) sans rien changer', async () => {
    const { fournisseur, agent, id } = await factureRecue();
    const avant = await t.db.facture.findUniqueOrThrow({ where: { id }, include: { historique: true } });

    const comptabiliser = await agir(fournisseur.client, id, { action: 'PRENDRE_EN_COMPTE' });
    expect(comptabiliser.statusCode).toBe(409);
    expect(comptabiliser.json()).toMatchObject({ code: 'TRANSITION_INTERDITE' });
    const completer = await agir(agent.client, id, { action: 'COMPLETER', commentaire: 'x' });
    expect(completer.statusCode).toBe(409);
    expect(completer.json()).toMatchObject({ code: 'TRANSITION_INTERDITE' });
    expect(await agir(agent.client, id, { action: 'PRENDRE_EN_COMPTE' })).toMatchObject({ statusCode: 200 });
    const encore = await agir(agent.client, id, { action: 'PRENDRE_EN_COMPTE' });
    expect(encore.statusCode).toBe(409);
    expect(encore.json().detail).toBe(
      'L’action « Prendre en compte » est impossible sur une facture au statut « Prise en compte par le destinataire ».',
    );

    const apres = await t.db.facture.findUniqueOrThrow({ where: { id }, include: { historique: true } });
    expect(apres.historique).toHaveLength(avant.historique.length + 1);
    expect(apres.statut).toBe('PRISE_EN_COMPTE_DESTINATAIRE');
  });

  it('un agent d’un autre service de la même structure ne voit pas la facture (404, absente des recherches)', async () => {
    const { destinataire, id } = await factureRecue();
    const ecoles = await creerAgent(t.app, t.db, destinataire.id, ['ECOLES']);
    const toutLeMonde = await creerAgent(t.app, t.db, destinataire.id);

    expect((await ecoles.client.get(`/api/factures/${id}`)).statusCode).toBe(404);
    expect((await agir(ecoles.client, id, { action: 'PRENDRE_EN_COMPTE' })).statusCode).toBe(404);
    const recherche = (await ecoles.client.get(`/api/factures/recues?structureId=${destinataire.id}`)).json();
    expect(recherche.factures).toEqual([]);
    expect(recherche.compteurs.every((c: { nombre: number }) => c.nombre === 0)).toBe(true);
    expect(
      (await ecoles.client.get(`/api/factures/recues/export.csv?structureId=${destinataire.id}`)).body,
    ).not.toContain('S-');
    // Without services, the whole structure.
    expect((await lire(toutLeMonde.client, id)).id).toBe(id);
    // Another structure's agent: the structure itself is unknown to him.
    const ailleurs = await creerParties(t.app, t.db);
    expect(
      (await ailleurs.agent.client.get(`/api/factures/recues?structureId=${destinataire.id}`)).statusCode,
    ).toBe(404);
  });

  it('traite plusieurs factures à la fois, avec un résultat par facture', async () => {
    const { fournisseur, destinataire, agent, id } = await factureRecue();
    const deuxieme = await deposer(fournisseur, destinataire.identifiant);
    await attendreStatut(t.db, deuxieme, 'MISE_A_DISPOSITION');
    await agir(agent.client, deuxieme, { action: 'REJETER', motif: 'Doublon' });

    const res = await agent.client.post('/api/factures/actions', {
      ids: [id, deuxieme, 999_999],
      action: 'ATTESTER_SERVICE_FAIT',
    });
    expect(res.statusCode).toBe(200);
    expect(TraiterFacturesResponseSchema.parse(res.json()).resultats).toEqual([
      { id, ok: true, statut: 'SERVICE_FAIT' },
      { id: deuxieme, ok: false, code: 'TRANSITION_INTERDITE', message: expect.any(String) },
      { id: 999_999, ok: false, code: 'INTROUVABLE', message: 'Facture introuvable.' },
    ]);
  });
});
