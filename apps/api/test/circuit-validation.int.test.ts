import {
  CHEMINS_CPRO as C,
  FactureSchema,
  MotifsRefusValidationSchema,
  RechercheFacturesResponseSchema,
} from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_VALIDATION_TACITE } from '../src/jobs/file-travaux.ts';
import { validerTacitement } from '../src/use-cases/factures/valider-tacitement.ts';
import { Client } from './support/client.ts';
import { agir, attendreStatut, creerParties, lire } from './support/cycle.ts';
import { Erp, raccorder } from './support/erp.ts';
import { creerUtilisateur } from './support/factories.ts';
import { compterLignes, creerFournisseur, factureEnBase, saisieComplete } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await t.demarrerTravailleur();
});
afterAll(() => t.close());

const JOUR_MS = 86_400_000;

/** A sous-traitant, the titulaire of the market (its valideur), a public recipient and its agent. */
async function creerCircuit() {
  const { fournisseur: sousTraitant, destinataire, agent } = await creerParties(t.app, t.db);
  const titulaire = await creerFournisseur(t.app, t.db);

  return { sousTraitant, titulaire, destinataire, agent };
}

type Circuit = Awaited<ReturnType<typeof creerCircuit>>;

/** An A9 draft naming `valideur`, then « Valider et envoyer »: the response of the sending. */
async function envoyerA9(c: Circuit, valideur: string | null = c.titulaire.structure.identifiant) {
  const brouillon = await c.sousTraitant.client.post('/api/factures/brouillons', {
    ...saisieComplete(c.sousTraitant.structure.id, c.destinataire.identifiant),
    cadre: 'A9',
    valideur: { identifiant: valideur },
  });
  expect(brouillon.statusCode, brouillon.body).toBe(201);
  const id = FactureSchema.parse(brouillon.json()).id;

  return { id, envoi: await c.sousTraitant.client.post(`/api/factures/brouillons/${id}/envoi`) };
}

/** An A9 put to the titulaire (A_VALIDER_1). */
async function deposerA9(c: Circuit) {
  const { id, envoi } = await envoyerA9(c);
  expect(envoi.statusCode, envoi.body).toBe(200);
  expect(envoi.json()).toMatchObject({ statut: 'A_VALIDER_1' });

  return id;
}

/** A member of `structureId` with exactly these espaces (a simple user), signed in. */
async function membre(structureId: number, espaces: ('FACTURES_A_VALIDER' | 'FACTURES_EMISES')[]) {
  const utilisateur = await creerUtilisateur(t.db);
  await t.db.rattachement.create({
    data: {
      utilisateurId: utilisateur.id,
      structureId,
      role: 'UTILISATEUR',
      espaces: { create: espaces.map((espace) => ({ espace })) },
    },
  });

  return new Client(t.app).login(utilisateur.email);
}

describe('Circuit de validation des factures de sous-traitant (A9)', () => {
  it('déposée, la facture attend son valideur sans être visible du destinataire ; refusée avec un motif codé', async () => {
    const c = await creerCircuit();
    const id = await deposerA9(c);

    const enBase = await factureEnBase(t.db, id);
    expect(enBase).toMatchObject({ statut: 'A_VALIDER_1', valideurId: c.titulaire.structure.id });
    expect(enBase.historique.map((h) => [h.statut, h.action])).toEqual([
      ['A_VALIDER_1', 'SOUMETTRE_A_VALIDATION'],
    ]);
    // No routing: the recipient neither sees it nor finds it.
    await new Promise((r) => setTimeout(r, 500));
    expect((await factureEnBase(t.db, id)).statut).toBe('A_VALIDER_1');
    expect((await c.agent.client.get(`/api/factures/${id}`)).statusCode).toBe(404);
    const recues = await c.agent.client.get(`/api/factures/recues?structureId=${c.destinataire.id}`);
    expect(RechercheFacturesResponseSchema.parse(recues.json()).factures).toEqual([]);

    // The titulaire's members are told, in the portal and by e-mail.
    const notification = await t.db.notification.findFirstOrThrow({
      where: { utilisateurId: c.titulaire.utilisateur.id, factureId: id },
    });
    expect(notification.titre).toContain('Facture à valider');
    const courriel = await t.db.courriel.findFirstOrThrow({
      where: {
        destinataire: c.titulaire.utilisateur.emailContact,
        sujet: { startsWith: 'Facture à valider' },
      },
    });
    expect(courriel.texte).toContain(`/facturation/factures-a-valider/${id}`);

    // Factures à valider: listed, counted in the synthèse, consulted with its documents.
    const reponseListe = await c.titulaire.client.get(
      `/api/factures/a-valider?structureId=${c.titulaire.structure.id}`,
    );
    expect(reponseListe.statusCode, reponseListe.body).toBe(200);
    const liste = RechercheFacturesResponseSchema.parse(reponseListe.json());
    expect(liste.factures.map((f) => [f.id, f.statut, f.cadre])).toEqual([[id, 'A_VALIDER_1', 'A9']]);
    expect(
      (
        await c.titulaire.client.get(
          `/api/factures/a-valider/synthese?structureId=${c.titulaire.structure.id}`,
        )
      ).json(),
    ).toEqual({ aTraiter: [expect.objectContaining({ statut: 'A_VALIDER_1', nombre: 1 })] });
    const vue = await lire(c.titulaire.client, id);
    expect(vue).toMatchObject({
      cote: 'VALIDEUR',
      statut: 'A_VALIDER_1',
      valideur: { identifiant: c.titulaire.structure.identifiant, codeService: null },
    });
    expect(vue.actionsPossibles.map((a) => [a.action, a.motifRefusRequis])).toEqual([
      ['VALIDER', false],
      ['REFUSER_VALIDATION', true],
      ['SIGNALER_ERREUR_VALIDEUR', false],
    ]);
    const document = vue.documents.find((d) => d.role === 'FACTURX_GENERE');
    const pdf = await c.titulaire.client.get(`/api/factures/${id}/documents/${document?.id}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    // A refusal needs a coded motif from the list.
    const motifs = MotifsRefusValidationSchema.parse(
      (await c.titulaire.client.get('/api/factures/motifs-refus-validation')).json(),
    ).motifs;
    expect(motifs.map((m) => m.code)).toContain('MONTANT_ERRONE');
    const sansMotif = await agir(c.titulaire.client, id, { action: 'REFUSER_VALIDATION' });
    expect(sansMotif.statusCode).toBe(422);
    expect(sansMotif.json()).toMatchObject({
      code: 'MOTIF_REFUS_OBLIGATOIRE',
      detail: 'Choisissez le motif du refus dans la liste.',
      errors: [{ pointer: '/codeMotifRefus' }],
    });
    const inconnu = await agir(c.titulaire.client, id, {
      action: 'REFUSER_VALIDATION',
      codeMotifRefus: 'HUMEUR',
    });
    expect(inconnu.json()).toMatchObject({ code: 'MOTIF_REFUS_INCONNU' });
    const refus = await agir(c.titulaire.client, id, {
      action: 'REFUSER_VALIDATION',
      codeMotifRefus: 'MONTANT_ERRONE',
      motif: 'Le montant dépasse l’acte spécial.',
    });
    expect(refus.statusCode, refus.body).toBe(200);
    expect(refus.json()).toMatchObject({ statut: 'REFUSEE_1', cote: 'VALIDEUR', actionsPossibles: [] });

    // Back to the supplier, final: the motif is the coded label then the valideur's words.
    const refusee = await lire(c.sousTraitant.client, id);
    expect(refusee).toMatchObject({ statut: 'REFUSEE_1', actionsPossibles: [] });
    expect(refusee.historique.at(-1)).toMatchObject({
      statut: 'REFUSEE_1',
      action: 'REFUSER_VALIDATION',
      motif: 'Montant erroné ou supérieur au montant sous-traité : Le montant dépasse l’acte spécial.',
    });
    expect(
      await t.db.notification.count({
        where: { utilisateurId: c.sousTraitant.utilisateur.id, factureId: id },
      }),
    ).toBe(1);
    expect((await c.agent.client.get(`/api/factures/${id}`)).statusCode).toBe(404);
  });

  it('une nouvelle facture (nouveau numéro) validée est acheminée, puis traitée par le destinataire', async () => {
    const c = await creerCircuit();
    const id = await deposerA9(c);

    const validation = await agir(c.titulaire.client, id, { action: 'VALIDER' });
    expect(validation.statusCode, validation.body).toBe(200);
    await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');
    expect((await factureEnBase(t.db, id)).historique.map((h) => [h.statut, h.action])).toEqual([
      ['A_VALIDER_1', 'SOUMETTRE_A_VALIDATION'],
      ['VALIDEE_1', 'VALIDER'],
      ['DEPOSEE', 'TRANSMETTRE_APRES_VALIDATION'],
      ['EN_COURS_ACHEMINEMENT', 'ACHEMINER'],
      ['MISE_A_DISPOSITION', 'METTRE_A_DISPOSITION'],
    ]);

    const recue = await lire(c.agent.client, id);
    expect(recue).toMatchObject({ cote: 'DESTINATAIRE', statut: 'MISE_A_DISPOSITION', cadre: 'A9' });
    const serviceFait = await agir(c.agent.client, id, { action: 'ATTESTER_SERVICE_FAIT' });
    expect(serviceFait.json()).toMatchObject({ statut: 'SERVICE_FAIT' });
    // The valideur still follows it, but has nothing left to do.
    expect(await lire(c.titulaire.client, id)).toMatchObject({
      statut: 'SERVICE_FAIT',
      actionsPossibles: [],
    });
    expect((await agir(c.titulaire.client, id, { action: 'VALIDER' })).statusCode).toBe(409);
  });

  it('sans réponse sous 15 jours, la facture est validée tacitement (tâche quotidienne, rejouable)', async () => {
    const c = await creerCircuit();
    const echue = await deposerA9(c);
    const recente = await deposerA9(c);
    await t.db.facture.update({
      where: { id: echue },
      data: { miseAValidationLe: new Date(Date.now() - 15 * JOUR_MS - 60_000) },
    });
    await t.db.facture.update({
      where: { id: recente },
      data: { miseAValidationLe: new Date(Date.now() - 14 * JOUR_MS) },
    });

    // The cron's queue, consumed by the worker.
    await t.ctx.file.boss.send(FILE_VALIDATION_TACITE, {});
    await attendreStatut(t.db, echue, 'MISE_A_DISPOSITION');
    expect((await factureEnBase(t.db, echue)).historique.map((h) => [h.statut, h.utilisateurId])).toEqual([
      ['A_VALIDER_1', c.sousTraitant.utilisateur.id],
      ['ABSENCE_VALIDATION_1_HORS_DELAI', null],
      ['DEPOSEE', null],
      ['EN_COURS_ACHEMINEMENT', null],
      ['MISE_A_DISPOSITION', null],
    ]);
    expect((await factureEnBase(t.db, recente)).statut).toBe('A_VALIDER_1');
    // Run again: nothing more to do, nothing written twice.
    const historique = await t.db.historiqueFacture.count({ where: { factureId: echue } });
    expect(await validerTacitement(t.ctx)).toBe(0);
    expect(await t.db.historiqueFacture.count({ where: { factureId: echue } })).toBe(historique);
    expect(await lire(c.sousTraitant.client, echue)).toMatchObject({ statut: 'MISE_A_DISPOSITION' });
    // The day after the 15th, the other one goes too.
    expect(await validerTacitement(t.ctx, new Date(Date.now() + 2 * JOUR_MS))).toBe(1);
    await attendreStatut(t.db, recente, 'MISE_A_DISPOSITION');
  });

  it('un valideur erroné le signale ; le fournisseur corrige, le bon valideur reçoit la facture', async () => {
    const c = await creerCircuit();
    const autre = await creerFournisseur(t.app, t.db);
    const { id, envoi } = await envoyerA9(c, autre.structure.identifiant);
    expect(envoi.json()).toMatchObject({ statut: 'A_VALIDER_1' });

    const signalement = await agir(autre.client, id, {
      action: 'SIGNALER_ERREUR_VALIDEUR',
      motif: 'Nous ne sommes pas titulaire de ce marché.',
    });
    expect(signalement.json()).toMatchObject({ statut: 'ERREUR_FOURNISSEUR_SUR_VALIDEUR' });
    const enErreur = await lire(c.sousTraitant.client, id);
    expect(enErreur.actionsPossibles.map((a) => a.action)).toEqual(['CORRIGER_VALIDEUR']);
    // CORRIGER_VALIDEUR has its own route, with the new valideur.
    expect((await agir(c.sousTraitant.client, id, { action: 'CORRIGER_VALIDEUR' })).statusCode).toBe(400);

    const inconnu = await c.sousTraitant.client.post(`/api/factures/${id}/valideur`, {
      valideur: { identifiant: '99999999999999' },
    });
    expect(inconnu.statusCode).toBe(422);
    expect(inconnu.json()).toMatchObject({
      code: 'VALIDEUR_INCONNU',
      errors: [{ pointer: '/valideur/identifiant' }],
    });
    const lui = await c.sousTraitant.client.post(`/api/factures/${id}/valideur`, {
      valideur: { identifiant: c.sousTraitant.structure.identifiant },
    });
    expect(lui.json()).toMatchObject({ code: 'VALIDEUR_FOURNISSEUR' });

    const correction = await c.sousTraitant.client.post(`/api/factures/${id}/valideur`, {
      valideur: { identifiant: c.titulaire.structure.identifiant },
      commentaire: 'Le titulaire est l’entreprise générale.',
    });
    expect(correction.statusCode, correction.body).toBe(200);
    expect(correction.json()).toMatchObject({
      statut: 'A_VALIDER_1',
      valideur: { identifiant: c.titulaire.structure.identifiant },
    });
    // The former valideur loses it; the right one is told and validates.
    expect((await autre.client.get(`/api/factures/${id}`)).statusCode).toBe(404);
    expect(
      await t.db.notification.count({ where: { utilisateurId: c.titulaire.utilisateur.id, factureId: id } }),
    ).toBe(1);
    expect((await agir(c.titulaire.client, id, { action: 'VALIDER' })).statusCode).toBe(200);
    await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');
  });

  it('refus : sans l’espace Factures à valider 403, hors de la structure valideur 404', async () => {
    const c = await creerCircuit();
    const id = await deposerA9(c);
    const sansEspace = await membre(c.titulaire.structure.id, ['FACTURES_EMISES']);
    const avecEspace = await membre(c.titulaire.structure.id, ['FACTURES_A_VALIDER']);
    const etranger = await creerFournisseur(t.app, t.db);

    const liste = `/api/factures/a-valider?structureId=${c.titulaire.structure.id}`;
    expect((await sansEspace.get(liste)).statusCode).toBe(403);
    expect((await sansEspace.get(`/api/factures/${id}`)).json()).toMatchObject({
      status: 403,
      code: 'ESPACE_NON_HABILITE',
    });
    expect((await agir(sansEspace, id, { action: 'VALIDER' })).statusCode).toBe(403);
    expect((await etranger.client.get(liste)).statusCode).toBe(404);
    expect((await etranger.client.get(`/api/factures/${id}`)).statusCode).toBe(404);
    expect((await agir(etranger.client, id, { action: 'VALIDER' })).statusCode).toBe(404);
    // The supplier and the recipient cannot validate in the valideur's place.
    expect((await agir(c.sousTraitant.client, id, { action: 'VALIDER' })).statusCode).toBe(409);
    expect((await agir(c.agent.client, id, { action: 'VALIDER' })).statusCode).toBe(404);
    expect((await factureEnBase(t.db, id)).statut).toBe('A_VALIDER_1');

    // A simple user habilitated for Factures à valider may act.
    expect((await lire(avecEspace, id)).cote).toBe('VALIDEUR');
    expect((await agir(avecEspace, id, { action: 'VALIDER' })).statusCode).toBe(200);
  });

  it('refus au dépôt : valideur inconnu ou absent, localisé sur le champ, rien d’écrit ; A1 inchangée', async () => {
    const c = await creerCircuit();
    const avant = await compterLignes(t.db);
    const inconnu = await c.sousTraitant.client.post('/api/factures/brouillons', {
      ...saisieComplete(c.sousTraitant.structure.id, c.destinataire.identifiant),
      cadre: 'A9',
      valideur: { identifiant: '99999999999999' },
    });
    expect(inconnu.statusCode).toBe(422);
    expect(inconnu.json()).toMatchObject({
      code: 'VALIDEUR_INCONNU',
      detail: 'Aucune structure n’a l’identifiant « 99999999999999 » : vérifiez l’identifiant du valideur.',
      errors: [{ pointer: '/valideur/identifiant' }],
    });
    expect(await compterLignes(t.db)).toEqual(avant);

    const { id, envoi } = await envoyerA9(c, null);
    expect(envoi.statusCode).toBe(422);
    expect(envoi.json()).toMatchObject({
      code: 'VALIDEUR_OBLIGATOIRE',
      errors: [{ pointer: '/valideur/identifiant' }],
    });
    expect((await factureEnBase(t.db, id)).statut).toBe('BROUILLON');

    // An inactive valideur is refused at submission.
    await t.db.structure.update({ where: { id: c.titulaire.structure.id }, data: { active: false } });
    const inactif = await envoyerA9(c);
    expect(inactif.envoi.json()).toMatchObject({ code: 'VALIDEUR_INACTIF' });
    expect((await factureEnBase(t.db, inactif.id)).historique).toEqual([]);
    await t.db.structure.update({ where: { id: c.titulaire.structure.id }, data: { active: true } });

    // Other cadres have no valideur, and are routed at once.
    const a1 = await c.sousTraitant.client.post('/api/factures/brouillons', {
      ...saisieComplete(c.sousTraitant.structure.id, c.destinataire.identifiant),
      valideur: { identifiant: c.titulaire.structure.identifiant },
    });
    const idA1 = FactureSchema.parse(a1.json()).id;
    expect((await c.sousTraitant.client.post(`/api/factures/brouillons/${idA1}/envoi`)).json()).toMatchObject(
      {
        code: 'VALIDEUR_NON_ATTENDU',
      },
    );
    await c.sousTraitant.client.put(`/api/factures/brouillons/${idA1}`, {
      ...saisieComplete(c.sousTraitant.structure.id, c.destinataire.identifiant),
    });
    const envoiA1 = await c.sousTraitant.client.post(`/api/factures/brouillons/${idA1}/envoi`);
    expect(envoiA1.json()).toMatchObject({ statut: 'DEPOSEE' });
    await attendreStatut(t.db, idA1, 'MISE_A_DISPOSITION');
  });
});

/** A soumettre body (SAISIE_API) of an A9 to the recipient's VOIRIE service, naming `valideur`. */
function soumissionA9(idFournisseur: number, destinataire: string, valideur: string | null) {
  return {
    modeDepot: 'SAISIE_API',
    dateFacture: '2026-11-20',
    destinataire: { codeDestinataire: destinataire, codeServiceExecutant: 'VOIRIE' },
    fournisseur: { idFournisseur },
    cadreDeFacturation: {
      codeCadreFacturation: 'A9_FACTURE_SOUSTRAITANT',
      ...(valideur ? { codeStructureValideur: valideur } : {}),
    },
    references: { deviseFacture: 'EUR', typeFacture: 'FACTURE', numeroBonCommande: 'EJ-2026-42' },
    lignePoste: [
      {
        lignePosteDenomination: 'Terrassement sous-traité',
        lignePosteQuantite: 2,
        lignePosteMontantUnitaireHT: 350,
        lignePosteTauxTvaManuel: 20,
      },
    ],
  };
}

describe('Circuit de validation par l’API (mode Service)', () => {
  /** The circuit, each party with its ERP: the sous-traitant deposits, the titulaire validates. */
  async function circuitApi() {
    const c = await creerCircuit();
    const erpSousTraitant = await Erp.connecter(
      t.app,
      await raccorder(c.sousTraitant.client, c.sousTraitant.structure.id, { espaces: ['FACTURES_EMISES'] }),
    );
    const erpTitulaire = await Erp.connecter(
      t.app,
      await raccorder(c.titulaire.client, c.titulaire.structure.id, { espaces: ['FACTURES_A_VALIDER'] }),
    );
    const soumettre = async (valideur: string | null = c.titulaire.structure.identifiant) =>
      erpSousTraitant.appeler(
        C.soumettre,
        soumissionA9(c.sousTraitant.structure.id, c.destinataire.identifiant, valideur),
      );

    return { ...c, erpSousTraitant, erpTitulaire, soumettre };
  }

  it('soumettre avec valideur, rechercher et consulter en valideur, refuser avec un motif codé, valider', async () => {
    const c = await circuitApi();
    const depot = await c.soumettre();
    expect(depot.statusCode, depot.body).toBe(200);
    expect(depot.json()).toMatchObject({ codeRetour: 0, statutFacture: 'A_VALIDER_1' });
    const id = depot.json().identifiantFactureCPP;

    const motifs = await c.erpTitulaire.ok(C.motifsRefusFactureAValider, {
      codeCadreFacturationAValider: 'A9_FACTURE_SOUSTRAITANT',
    });
    expect(motifs.listeMotifRefusFactureAValider).toContainEqual({
      idMotif: 2,
      codeMotif: 'MONTANT_ERRONE',
      libelleMotif: 'Montant erroné ou supérieur au montant sous-traité',
    });

    const recherche = await c.erpTitulaire.ok(C.rechercherValideur, { statutCourant: ['A_VALIDER_1'] });
    expect(recherche.listeFactures).toEqual([
      expect.objectContaining({
        idFacture: id,
        statut: 'A_VALIDER_1',
        cadreFacturation: 'A9_FACTURE_SOUSTRAITANT',
        idValideur: c.titulaire.structure.id,
        identifiantValideur: c.titulaire.structure.identifiant,
        codeFournisseur: c.sousTraitant.structure.identifiant,
      }),
    ]);
    expect(recherche.parametresRetour).toMatchObject({ total: 1 });
    const consultee = await c.erpTitulaire.ok(C.consulterValideur, { identifiantFactureCPP: id });
    expect(consultee.facture).toMatchObject({
      statutFacture: 'A_VALIDER_1',
      cadreDeFacturation: {
        codeCadreFacturation: 'A9_FACTURE_SOUSTRAITANT',
        codeStructureValideur: c.titulaire.structure.identifiant,
        codeServiceValideur: null,
      },
    });
    // The valideur's view only: not as a recipient.
    expect(
      (await c.erpTitulaire.appeler(C.consulterRecipiendaire, { identifiantFactureCPP: id })).statusCode,
    ).toBe(403);

    const sansMotif = await c.erpTitulaire.appeler(C.traiterFactureAValider, {
      idFacture: id,
      action: 'REFUS',
    });
    expect(sansMotif.statusCode).toBe(400);
    expect(sansMotif.json()).toMatchObject({
      codeRetour: 20903,
      message: 'Choisissez le motif du refus dans la liste.',
      champs: [{ champ: 'motifRefus' }],
    });
    const refus = await c.erpTitulaire.ok(C.traiterFactureAValider, {
      idFacture: id,
      action: 'REFUS',
      motifRefus: 'MONTANT_ERRONE',
      complementInfo: 'Au-delà de l’acte spécial.',
    });
    expect(refus).toMatchObject({ idFacture: id, statutFacture: 'REFUSEE_1' });
    const historique = await c.erpSousTraitant.ok(C.consulterHistorique, { idFacture: id });
    expect(historique).toMatchObject({ statutCourantCode: 'REFUSEE_1' });
    expect(historique.historiquesDesStatuts.histoStatut[0]).toMatchObject({
      histoStatutCode: 'REFUSEE_1',
      histoStatutCommentaire:
        'Montant erroné ou supérieur au montant sous-traité : Au-delà de l’acte spécial.',
    });

    // A new invoice (new number), validated: routed to the recipient.
    const nouvelle = (await c.soumettre()).json().identifiantFactureCPP;
    const validation = await c.erpTitulaire.ok(C.traiterFactureAValider, {
      idFacture: nouvelle,
      action: 'VALIDATION',
    });
    expect(validation).toMatchObject({ statutFacture: 'VALIDEE_1' });
    await attendreStatut(t.db, nouvelle, 'MISE_A_DISPOSITION');
    expect((await lire(c.agent.client, nouvelle)).statut).toBe('MISE_A_DISPOSITION');
  });

  it('corriger/valideur/facture après un signalement d’erreur', async () => {
    const c = await circuitApi();
    const autre = await creerFournisseur(t.app, t.db);
    const id = (await c.soumettre(autre.structure.identifiant)).json().identifiantFactureCPP;
    // Too early: the valideur has not reported an error.
    const tropTot = await c.erpSousTraitant.appeler(C.corrigerValideur, {
      idFacture: id,
      identifiantStructure: c.titulaire.structure.identifiant,
    });
    expect(tropTot.json()).toMatchObject({ codeRetour: 20904 });
    await agir(autre.client, id, { action: 'SIGNALER_ERREUR_VALIDEUR' });

    const inconnu = await c.erpSousTraitant.appeler(C.corrigerValideur, {
      idFacture: id,
      identifiantStructure: '99999999999999',
    });
    expect(inconnu.statusCode).toBe(400);
    expect(inconnu.json()).toMatchObject({ codeRetour: 20903, champs: [{ champ: 'identifiantStructure' }] });
    const correction = await c.erpSousTraitant.ok(C.corrigerValideur, {
      idFacture: id,
      idStructure: c.titulaire.structure.id,
    });
    expect(correction).toMatchObject({ idFacture: id });
    expect(
      (await c.erpTitulaire.ok(C.consulterValideur, { identifiantFactureCPP: id })).facture,
    ).toMatchObject({
      statutFacture: 'A_VALIDER_1',
    });
  });

  it('refus : valideur inconnu au dépôt (rien d’écrit), compte sans l’espace 403, autre structure 404', async () => {
    const c = await circuitApi();
    const avant = await compterLignes(t.db);
    const inconnu = await c.soumettre('99999999999999');
    expect(inconnu.statusCode).toBe(400);
    expect(inconnu.json()).toMatchObject({
      codeRetour: 20903,
      message: 'Aucune structure n’a l’identifiant « 99999999999999 » : vérifiez l’identifiant du valideur.',
      champs: [{ champ: 'cadreDeFacturation.codeStructureValideur' }],
    });
    const absent = await c.soumettre(null);
    expect(absent.json()).toMatchObject({
      codeRetour: 20903,
      champs: [{ champ: 'cadreDeFacturation.codeStructureValideur' }],
    });
    expect(await compterLignes(t.db)).toEqual(avant);

    const id = (await c.soumettre()).json().identifiantFactureCPP;
    // The titulaire's account for received-like espaces only: no Factures à valider.
    const sansEspace = await Erp.connecter(
      t.app,
      await raccorder(c.titulaire.client, c.titulaire.structure.id, { espaces: ['FACTURES_EMISES'] }),
    );
    expect((await sansEspace.appeler(C.rechercherValideur, {})).statusCode).toBe(403);
    expect(
      (await sansEspace.appeler(C.traiterFactureAValider, { idFacture: id, action: 'VALIDATION' }))
        .statusCode,
    ).toBe(403);
    const etranger = await creerFournisseur(t.app, t.db);
    const erpEtranger = await Erp.connecter(
      t.app,
      await raccorder(etranger.client, etranger.structure.id, { espaces: ['FACTURES_A_VALIDER'] }),
    );
    expect((await erpEtranger.appeler(C.consulterValideur, { identifiantFactureCPP: id })).statusCode).toBe(
      404,
    );
    expect(
      (await erpEtranger.appeler(C.traiterFactureAValider, { idFacture: id, action: 'VALIDATION' }))
        .statusCode,
    ).toBe(404);
    // Its own search with another structure's id: that structure does not exist for it.
    expect(
      (await erpEtranger.appeler(C.rechercherValideur, { idStructureValideur: c.titulaire.structure.id }))
        .statusCode,
    ).toBe(404);
    expect((await factureEnBase(t.db, id)).statut).toBe('A_VALIDER_1');
  });
});
