import type { Db } from '@choral/db';
import { genererSiret } from '@choral/domain/identifiants';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fichierCorpus, testsDuCorpusIgnores } from '../../../test-support/corpus.ts';
import type { Client } from './support/client.ts';
import {
  compterLignes,
  creerDestinataire,
  creerFournisseur,
  envoyerFormulaire,
  factureEnBase,
  saisieComplete,
} from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

const SANS_CORPUS = testsDuCorpusIgnores('les contrôles des fichiers du corpus');

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

type Saisie = ReturnType<typeof saisieComplete>;

/** A manual-entry draft to a fresh public recipient; `preparer` adjusts the data before sending. */
async function brouillonSaisi(
  modifier: (saisie: Saisie) => Saisie = (s) => s,
  preparer: (
    db: Db,
    destinataire: Awaited<ReturnType<typeof creerDestinataire>>,
  ) => Promise<unknown> = async () => {},
) {
  const fournisseur = await creerFournisseur(t.app, t.db);
  const destinataire = await creerDestinataire(t.db);
  await preparer(t.db, destinataire);
  const res = await fournisseur.client.post(
    '/api/factures/brouillons',
    modifier(saisieComplete(fournisseur.structure.id, destinataire.identifiant)),
  );
  expect(res.statusCode, res.body).toBe(201);

  return { ...fournisseur, destinataire, id: res.json().id as number };
}

/** Sends a draft that must be refused, and checks the database did not move. */
async function envoiRefuse(client: Client, id: number) {
  const avant = await compterLignes(t.db);
  const res = await client.post(`/api/factures/brouillons/${id}/envoi`);
  expect(await compterLignes(t.db)).toEqual(avant);
  const facture = await factureEnBase(t.db, id);
  expect(facture).toMatchObject({
    statut: 'BROUILLON',
    numeroPortail: null,
    numeroConsomme: null,
    dateDepot: null,
  });

  return res;
}

function demain(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(Date.now() + 86_400_000);
}

const sansService = (s: Saisie): Saisie => ({
  ...s,
  destinataire: { identifiant: s.destinataire?.identifiant },
});
const sansEngagement = (s: Saisie): Saisie => ({ ...s, references: {} });

describe('Valider et envoyer : chaque contrôle refuse avec son code, sur son champ, sans rien écrire', () => {
  type Preparation = Parameters<typeof brouillonSaisi>[1];
  const cas: [string, ((s: Saisie) => Saisie) | undefined, Preparation, string, string][] = [
    [
      'destinataire inactif',
      undefined,
      (db, d) => db.structure.update({ where: { id: d.id }, data: { active: false } }),
      'DESTINATAIRE_INACTIF',
      '/destinataire/identifiant',
    ],
    [
      'service FACTURES_PUBLIQUES pour un fournisseur privé',
      (s) => ({ ...s, destinataire: { ...s.destinataire, codeService: 'FACTURES_PUBLIQUES' } }),
      undefined,
      'SERVICE_RESERVE_AUX_STRUCTURES_PUBLIQUES',
      '/destinataire/codeService',
    ],
    [
      'code service exigé par la structure',
      sansService,
      (db, d) => db.structure.update({ where: { id: d.id }, data: { codeServiceDoitEtreRenseigne: true } }),
      'CODE_SERVICE_OBLIGATOIRE',
      '/destinataire/codeService',
    ],
    [
      'engagement exigé par la structure',
      sansEngagement,
      (db, d) => db.structure.update({ where: { id: d.id }, data: { numeroEJDoitEtreRenseigne: true } }),
      'NUMERO_ENGAGEMENT_OBLIGATOIRE',
      '/references/numeroEngagement',
    ],
    [
      'code service ou engagement exigé',
      (s) => sansEngagement(sansService(s)),
      (db, d) => db.structure.update({ where: { id: d.id }, data: { gestionNumeroEJOuCodeService: true } }),
      'CODE_SERVICE_OU_NUMERO_ENGAGEMENT_OBLIGATOIRE',
      '/references/numeroEngagement',
    ],
    [
      'engagement exigé par le service',
      sansEngagement,
      (db, d) =>
        db.service.updateMany({
          where: { structureId: d.id, code: 'VOIRIE' },
          data: { engagementObligatoire: true },
        }),
      'NUMERO_ENGAGEMENT_OBLIGATOIRE',
      '/references/numeroEngagement',
    ],
    [
      'service inactif',
      undefined,
      (db, d) =>
        db.service.updateMany({ where: { structureId: d.id, code: 'VOIRIE' }, data: { actif: false } }),
      'SERVICE_INACTIF',
      '/destinataire/codeService',
    ],
    [
      'service hors de sa période de validité',
      undefined,
      (db, d) =>
        db.service.updateMany({
          where: { structureId: d.id, code: 'VOIRIE' },
          data: { dateFinValidite: new Date('2020-12-31') },
        }),
      'SERVICE_HORS_VALIDITE',
      '/destinataire/codeService',
    ],
    [
      'date de facture postérieure au dépôt',
      (s) => ({ ...s, identification: { ...s.identification, dateFacture: demain() } }),
      undefined,
      'DATE_FACTURE_FUTURE',
      '/identification/dateFacture',
    ],
    [
      'avoir sans facture d’origine',
      (s) => ({ ...s, identification: { ...s.identification, type: 'AVOIR' } }),
      undefined,
      'FACTURE_ORIGINE_OBLIGATOIRE',
      '/references/factureOrigine',
    ],
  ];
  it.each(cas)('%s', async (_cas, modifier, preparer, code, pointeur) => {
    const { client, id } = await brouillonSaisi(modifier, preparer);

    const res = await envoiRefuse(client, id);

    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ code, errors: [{ pointer: pointeur, detail: expect.any(String) }] });
  });

  it('destinataire privé : refusé à l’envoi', async () => {
    const prive = await creerFournisseur(t.app, t.db);
    const { client, id } = await brouillonSaisi((s) => ({
      ...s,
      destinataire: { identifiant: prive.structure.identifiant },
    }));

    const res = await envoiRefuse(client, id);

    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'DESTINATAIRE_NON_PUBLIC',
      errors: [{ pointer: '/destinataire/identifiant' }],
    });
  });

  it.each([
    [
      'destinataire inconnu',
      { identifiant: genererSiret() },
      'DESTINATAIRE_INCONNU',
      '/destinataire/identifiant',
    ],
    ['service inconnu', { codeService: 'INCONNU' }, 'SERVICE_INCONNU', '/destinataire/codeService'],
  ])('%s : refusé dès l’enregistrement du brouillon', async (_cas, destinataire, code, pointeur) => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const connu = await creerDestinataire(t.db);
    const saisie = saisieComplete(structure.id, connu.identifiant);
    const avant = await compterLignes(t.db);

    const res = await client.post('/api/factures/brouillons', {
      ...saisie,
      destinataire: { ...saisie.destinataire, ...destinataire },
    });

    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code, errors: [{ pointer: pointeur }] });
    expect(await compterLignes(t.db)).toEqual(avant);
  });
});

describe.skipIf(SANS_CORPUS)('Contrôles des fichiers déposés', () => {
  async function deposer(client: Client, structureId: number, nom: string, octets: Buffer) {
    const res = await envoyerFormulaire(
      client,
      '/api/factures/brouillons/depot',
      { structureId },
      { nom, octets },
    );
    expect(res.statusCode, res.body).toBe(201);

    return res.json() as { id: number };
  }

  it('refuse un document dont le vendeur n’est pas la structure du déposant', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    await creerDestinataire(t.db, '78787878400035');
    const { id } = await deposer(
      client,
      structure.id,
      'f.pdf',
      fichierCorpus('facturx/Facture_FR_EN16931.pdf'),
    );

    const res = await envoiRefuse(client, id);

    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'FOURNISSEUR_DIFFERENT',
      errors: [{ pointer: '/fournisseur/identifiant' }],
    });
    expect(res.json().detail).toContain('99999999800010');
  });

  it('bloque sur une erreur EN 16931 du document, en la situant dans le document', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db, '12345678200077');
    await creerDestinataire(t.db);
    const xml = fichierCorpus('cii/factur-x-en16931.xml')
      .toString('utf8')
      .replace(
        '<ram:LineTotalAmount>95.00</ram:LineTotalAmount>',
        '<ram:LineTotalAmount>96.00</ram:LineTotalAmount>',
      );
    const { id } = await deposer(client, structure.id, 'f.xml', Buffer.from(xml));
    const detail = (await client.get(`/api/factures/${id}`)).json();
    expect(detail.constats).toContainEqual(
      expect.objectContaining({ regle: 'BR-CO-10', severite: 'erreur' }),
    );

    const res = await envoiRefuse(client, id);

    expect(res.statusCode).toBe(422);
    const erreurs = res.json().errors as { pointer: string; detail: string }[];
    expect(erreurs).toContainEqual({
      pointer: '/document/totaux/totalLignes',
      detail: expect.stringContaining('BR-CO-10'),
    });
  });

  it('refuse des totaux incohérents saisis pour un PDF simple', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);
    const { id } = await deposer(
      client,
      structure.id,
      'p.pdf',
      fichierCorpus('pdf/akretion_france-test.pdf'),
    );
    const formulaire = {
      identification: { numero: 'PDF-9', dateFacture: '2026-01-02' },
      destinataire: { identifiant: destinataire.identifiant },
      montants: { montantHt: '100', montantTva: '20', montantTtc: '125', montantAPayer: '125' },
    };
    await client.put(`/api/factures/brouillons/${id}`, formulaire);
    expect((await envoiRefuse(client, id)).json()).toMatchObject({
      code: 'TOTAUX_INCOHERENTS',
      errors: [{ pointer: '/montants/montantTtc' }],
    });

    await client.put(`/api/factures/brouillons/${id}`, {
      ...formulaire,
      montants: { montantHt: '100', montantTva: '19', montantTtc: '119', montantAPayer: '119' },
      recapitulatifTva: [{ taux: '20', baseHt: '100', montantTva: '19' }],
    });
    expect((await envoiRefuse(client, id)).json()).toMatchObject({
      code: 'RECAPITULATIF_TVA_INCOHERENT',
      errors: [{ pointer: '/recapitulatifTva/0/montantTva' }],
    });
  });
});

describe('Doublons : un numéro par fournisseur, même après un rejet', () => {
  it('refuse un numéro déjà envoyé, y compris quand la première facture est REJETEE', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);
    const creer = async () =>
      (
        await client.post(
          '/api/factures/brouillons',
          saisieComplete(structure.id, destinataire.identifiant, 'F-DBL'),
        )
      ).json().id as number;
    const premiere = await creer();
    expect((await client.post(`/api/factures/brouillons/${premiere}/envoi`)).statusCode).toBe(200);

    const seconde = await creer();
    const res = await envoiRefuse(client, seconde);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'DOUBLON', errors: [{ pointer: '/identification/numero' }] });

    await t.db.facture.update({ where: { id: premiere }, data: { statut: 'REJETEE' } });
    const apresRejet = await envoiRefuse(client, seconde);
    expect(apresRejet.statusCode).toBe(409);
    expect(apresRejet.json().code).toBe('DOUBLON');
  });

  it('laisse un autre fournisseur utiliser le même numéro', async () => {
    const destinataire = await creerDestinataire(t.db);
    for (const _ of [1, 2]) {
      const { structure, client } = await creerFournisseur(t.app, t.db);
      const { id } = (
        await client.post(
          '/api/factures/brouillons',
          saisieComplete(structure.id, destinataire.identifiant, 'F-COMMUN'),
        )
      ).json();
      expect((await client.post(`/api/factures/brouillons/${id}/envoi`)).statusCode).toBe(200);
    }
  });

  it('deux envois simultanés du même numéro : un seul passe, l’index unique tranche', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);
    const ids = await Promise.all(
      [1, 2].map(
        async () =>
          (
            await client.post(
              '/api/factures/brouillons',
              saisieComplete(structure.id, destinataire.identifiant, 'F-RACE'),
            )
          ).json().id as number,
      ),
    );

    const reponses = await Promise.all(ids.map((id) => client.post(`/api/factures/brouillons/${id}/envoi`)));

    expect(reponses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await t.db.facture.count({ where: { fournisseurId: structure.id, statut: 'DEPOSEE' } })).toBe(1);
    expect(await t.db.historiqueFacture.count({ where: { facture: { fournisseurId: structure.id } } })).toBe(
      1,
    );
  });
});

describe('Transaction du dépôt', () => {
  it('un échec après des écritures partielles (Factur-X stocké, facture mise à jour) ne laisse rien', async () => {
    const { client, id } = await brouillonSaisi();
    // A real database failure on the last write of the deposit: the history insert.
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION refuser_historique() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'panne simulée'; END $$`);
    await t.db.$executeRawUnsafe(`
      CREATE TRIGGER panne BEFORE INSERT ON historique_facture FOR EACH ROW EXECUTE FUNCTION refuser_historique()`);
    try {
      // The generated Factur-X is stored before the transaction (content-addressed): its bytes
      // stay behind as an orphan that no document points at, and the hourly collection removes it.
      await t.ctx.stockage.ramasserOrphelins(new Date(Date.now() + 1000));
      const avant = await compterLignes(t.db);
      const res = await client.post(`/api/factures/brouillons/${id}/envoi`);
      expect(res.statusCode).toBe(500);
      expect(res.json().code).toBe('ERREUR_INTERNE');
      const apres = await compterLignes(t.db);
      expect({ ...apres, contenus: avant.contenus, morceaux: avant.morceaux }).toEqual(avant);
      expect((await factureEnBase(t.db, id)).statut).toBe('BROUILLON');
      expect(await t.ctx.stockage.ramasserOrphelins(new Date(Date.now() + 1000))).toBe(1);
      expect(await compterLignes(t.db)).toEqual(avant);
    } finally {
      await t.db.$executeRawUnsafe('DROP TRIGGER panne ON historique_facture');
      await t.db.$executeRawUnsafe('DROP FUNCTION refuser_historique');
    }

    expect((await client.post(`/api/factures/brouillons/${id}/envoi`)).statusCode).toBe(200);
    expect((await factureEnBase(t.db, id)).documents.map((d) => d.role)).toEqual(['FACTURX_GENERE']);
  });
});
