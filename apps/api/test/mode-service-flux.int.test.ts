import { CHEMINS_CPRO as C } from '@choral/contracts';
import { DEMO_PASSWORD, DEMO_RACCORDEMENTS, seedDemo } from '@choral/db';
import { FORMAT_NUMERO_FLUX } from '@choral/domain/flux';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ciiErpFlux,
  ciiFlux,
  facturXFlux,
  type PartiesFlux,
  tarGzFlux,
  ublFlux,
  zipFlux,
} from '../../../test-support/factures-flux.ts';
import { Client } from './support/client.ts';
import { attendre, attendreStatut } from './support/cycle.ts';
import { Erp } from './support/erp.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

const [PAPETERIE, VILLEDEMO] = DEMO_RACCORDEMENTS as [
  (typeof DEMO_RACCORDEMENTS)[number],
  (typeof DEMO_RACCORDEMENTS)[number],
];
let numero = 0;
const parties = (extra: Partial<PartiesFlux> = {}): PartiesFlux => ({
  siretFournisseur: PAPETERIE.identifiant,
  siretDestinataire: VILLEDEMO.identifiant,
  codeService: 'VOIRIE',
  numero: `FLUX-${Date.now()}-${++numero}`,
  ...extra,
});

describe('a flux whose integration keeps failing for a technical reason', () => {
  it('ends IN_INCIDENTE after its retries, with the reason, and integrates nothing', async () => {
    const t = await buildTestApp();
    try {
      await seedDemo(t.db);
      const papeterie = await Erp.connecter(t.app, { ...PAPETERIE, compteId: 0 });
      // Received while no worker runs: the job waits in the queue.
      const depot = await papeterie.ok(C.deposerFlux, {
        fichierFlux: ciiFlux(parties()).toString('base64'),
        nomFichier: 'f.xml',
        syntaxeFlux: 'IN_DP_E1_CII_16B',
      });
      // Its stored bytes damaged: every try fails on the SHA-256 check of the read.
      await t.db.$executeRaw`UPDATE morceau_document SET octets = 'abime'::bytea WHERE televersement =
        (SELECT c.televersement FROM contenu_document c JOIN flux f ON f.sha256 = c.sha256 WHERE f.numero = ${depot.numeroFluxDepot})`;
      await t.demarrerTravailleur();
      const cr = await attendre(async () => {
        const r = await papeterie.ok(C.consulterCRDetaille, { numeroFluxDepot: depot.numeroFluxDepot });
        return r.etatCourantDepotFlux === 'IN_INCIDENTE' ? r : null;
      }, 60_000);
      expect(cr.listeErreurTechnique).toEqual([
        expect.objectContaining({
          codeErreur: 'ERREUR_INTERNE',
          libelleErreur: expect.stringMatching(/à nouveau/),
        }),
      ]);
      expect(await t.db.facture.count({ where: { flux: { numero: depot.numeroFluxDepot } } })).toBe(0);
    } finally {
      await t.close();
    }
  }, 90_000);
});

describe('mode API: deposer/flux, its asynchronous integration and its compte rendu', () => {
  let t: TestApp;
  let papeterie: Erp;
  let villedemo: Erp;
  beforeAll(async () => {
    t = await buildTestApp();
    await seedDemo(t.db);
    await t.demarrerTravailleur();
    papeterie = await Erp.connecter(t.app, { ...PAPETERIE, compteId: 0 });
    villedemo = await Erp.connecter(t.app, { ...VILLEDEMO, compteId: 0 });
  });
  afterAll(() => t.close());

  async function deposer(nomFichier: string, octets: Buffer, syntaxeFlux: string) {
    return papeterie.appeler(C.deposerFlux, {
      fichierFlux: octets.toString('base64'),
      nomFichier,
      syntaxeFlux,
      avecSignature: false,
      idUtilisateurCourant: 0,
    });
  }

  /** Polls consulterCRDetaille as OCA's connector does, until a final state. */
  async function compteRendu(numeroFluxDepot: string) {
    return attendre(async () => {
      const cr = await papeterie.ok(C.consulterCRDetaille, { numeroFluxDepot });
      return ['IN_INTEGRE', 'IN_INTEGRE_PARTIEL', 'IN_REJETE', 'IN_INCIDENTE'].includes(
        cr.etatCourantDepotFlux,
      )
        ? cr
        : null;
    }, 20_000);
  }

  it('integrates a Factur-X, a UBL and a CII, each found by its flux number and routed', async () => {
    for (const [nom, octets, syntaxe, modeDepot] of [
      ['facture.pdf', await facturXFlux(parties()), 'IN_DP_E2_CII_FACTURX', 'EDI_MIXTE'],
      ['facture-ubl.xml', ublFlux(parties()), 'IN_DP_E1_UBL_INVOICE', 'EDI_XML_STRUCT'],
      ['facture-cii.xml', ciiFlux(parties()), 'IN_DP_E1_CII_16B', 'EDI_XML_STRUCT'],
    ] as const) {
      const res = await deposer(nom, octets, syntaxe);
      expect(res.statusCode, res.body).toBe(200);
      const depot = res.json();
      expect(depot).toMatchObject({ codeRetour: 0, syntaxeFlux: syntaxe });
      expect(depot.numeroFluxDepot).toMatch(FORMAT_NUMERO_FLUX);
      expect(depot.dateDepot).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const cr = await compteRendu(depot.numeroFluxDepot);
      expect(cr, nom).toMatchObject({ etatCourantDepotFlux: 'IN_INTEGRE', listeErreurDP: [] });
      expect(cr.nomFichier).toContain(depot.numeroFluxDepot);

      const trouvees = await papeterie.ok(C.rechercherFournisseur, {
        numeroFluxDepot: depot.numeroFluxDepot,
      });
      expect(trouvees.listeFactures).toHaveLength(1);
      const [facture] = trouvees.listeFactures;
      expect(facture).toMatchObject({ numeroFluxDepot: depot.numeroFluxDepot, modeDepot });
      await attendreStatut(t.db, facture.identifiantFactureCPP, 'MISE_A_DISPOSITION');
      const recue = await villedemo.ok(C.rechercherRecipiendaire, { numeroFacture: facture.numeroFacture });
      expect(recue.listeFactures).toHaveLength(1);
      // In the portal the supplier's invoice names its flux; the recipient is not told the channel.
      const vues = await Promise.all(
        ['fournisseur@demo.choral.test', 'agent@demo.choral.test'].map(async (email) => {
          const client = await new Client(t.app).login(email, DEMO_PASSWORD);
          return (await client.get(`/api/factures/${facture.identifiantFactureCPP}`)).json();
        }),
      );
      expect(vues.map((v) => v.flux?.numero ?? null)).toEqual([depot.numeroFluxDepot, null]);
    }
  });

  it('a batch with one valid and one invalid invoice ends IN_INTEGRE_PARTIEL, the invalid one explained', async () => {
    const valide = parties();
    const invalide = parties({ siretDestinataire: '00000000000000' });
    const lot = await tarGzFlux([
      { nom: 'valide.xml', octets: ciiFlux(valide) },
      { nom: 'invalide.xml', octets: ciiFlux(invalide) },
    ]);
    const depot = (await deposer('lot.tar.gz', lot, 'IN_DP_E1_CII_16B')).json();
    const cr = await compteRendu(depot.numeroFluxDepot);
    expect(cr.etatCourantDepotFlux).toBe('IN_INTEGRE_PARTIEL');
    expect(cr.listeErreurDP).toHaveLength(1);
    expect(cr.listeErreurDP[0]).toMatchObject({
      identifiantFournisseur: PAPETERIE.identifiant,
      numeroDP: invalide.numero,
    });
    expect(cr.listeErreurDP[0].libelleErreurDP).toMatch(/invalide\.xml : .*destinataire/i);
    const trouvees = await papeterie.ok(C.rechercherFournisseur, { numeroFluxDepot: depot.numeroFluxDepot });
    expect(trouvees.listeFactures.map((f: { numeroFacture: string }) => f.numeroFacture)).toEqual([
      valide.numero,
    ]);
    // A refused invoice leaves nothing behind: no draft, and its number stays free.
    expect(await t.db.facture.count({ where: { numero: invalide.numero } })).toBe(0);

    const pdf = await papeterie.ok(C.consulterCR, { numeroFluxDepot: depot.numeroFluxDepot });
    expect(pdf).toMatchObject({ etatCourantFlux: 'IN_INTEGRE_PARTIEL', nomFichierFlux: 'lot.tar.gz' });
    expect(Buffer.from(pdf.fichierCR, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a zip of invalid invoices only ends IN_REJETE; a duplicate number is one of the errors', async () => {
    const deja = parties();
    const premier = (await deposer('f.xml', ciiFlux(deja), 'IN_DP_E1_CII_16B')).json();
    expect((await compteRendu(premier.numeroFluxDepot)).etatCourantDepotFlux).toBe('IN_INTEGRE');

    const lot = zipFlux([
      { nom: 'doublon.xml', octets: ciiFlux(deja) },
      { nom: 'service-inconnu.xml', octets: ciiFlux(parties({ codeService: 'NEXISTEPAS' })) },
    ]);
    const depot = (await deposer('lot.zip', lot, 'IN_DP_E1_CII_16B')).json();
    const cr = await compteRendu(depot.numeroFluxDepot);
    expect(cr.etatCourantDepotFlux).toBe('IN_REJETE');
    expect(cr.listeErreurDP.map((e: { libelleErreurDP: string }) => e.libelleErreurDP)).toEqual([
      expect.stringMatching(/^doublon\.xml : .*déjà été utilisé/),
      expect.stringMatching(/^service-inconnu\.xml : .*service/i),
    ]);
  });

  it('an entry that is not what its syntax says is rejected with the reason', async () => {
    const lot = zipFlux([{ nom: 'ubl.xml', octets: ublFlux(parties()) }]);
    const depot = (await deposer('lot.zip', lot, 'IN_DP_E1_CII_16B')).json();
    const cr = await compteRendu(depot.numeroFluxDepot);
    expect(cr.etatCourantDepotFlux).toBe('IN_REJETE');
    expect(cr.listeErreurDP[0].libelleErreurDP).toMatch(/n’est pas une facture CII/);
  });

  it('an unreadable archive is rejected with a technical error', async () => {
    const abimee = zipFlux([{ nom: 'a.xml', octets: ciiFlux(parties()) }]).subarray(0, 60);
    const depot = (await deposer('abime.zip', abimee, 'IN_DP_E1_CII_16B')).json();
    const cr = await compteRendu(depot.numeroFluxDepot);
    expect(cr).toMatchObject({
      etatCourantDepotFlux: 'IN_REJETE',
      listeErreurDP: [],
      listeErreurTechnique: [{ codeErreur: 'FLUX_ILLISIBLE', natureErreur: 'TECHNIQUE' }],
    });
  });

  it('refuses at reception an unknown syntax, a file its syntax does not announce, bad base64', async () => {
    const avant = await t.db.flux.count();
    const inconnue = await deposer('f.xml', ciiFlux(parties()), 'IN_DP_E1_CII_FACTURX');
    expect(inconnue.statusCode).toBe(400);
    expect(inconnue.json().message).toMatch(/Syntaxe de flux inconnue : IN_DP_E1_CII_FACTURX/);
    const pdfPourXml = await deposer('f.pdf', await facturXFlux(parties()), 'IN_DP_E1_UBL_INVOICE');
    expect(pdfPourXml.statusCode).toBe(400);
    expect(pdfPourXml.json().message).toMatch(/n’est pas un XML/);
    const texte = await deposer('f.txt', Buffer.from('bonjour'), 'IN_DP_E1_UBL_INVOICE');
    expect(texte.statusCode).toBe(400);
    const base64 = await papeterie.appeler(C.deposerFlux, {
      fichierFlux: '%%%',
      nomFichier: 'f.xml',
      syntaxeFlux: 'IN_DP_E1_CII_16B',
    });
    expect(base64.statusCode).toBe(400);
    expect(base64.json().message).toMatch(/fichierFlux/);
    expect(await t.db.flux.count()).toBe(avant);
  });

  it('another structure’s compte technique never sees the flux (404), nor its invoices', async () => {
    const depot = (await deposer('f.xml', ciiFlux(parties()), 'IN_DP_E1_CII_16B')).json();
    await compteRendu(depot.numeroFluxDepot);
    for (const chemin of [C.consulterCR, C.consulterCRDetaille]) {
      const res = await villedemo.appeler(chemin, { numeroFluxDepot: depot.numeroFluxDepot });
      expect(res.statusCode, chemin).toBe(404);
    }
    const recherche = await villedemo.ok(C.rechercherFournisseur, { numeroFluxDepot: depot.numeroFluxDepot });
    expect(recherche.listeFactures).toEqual([]);
  });

  it('accepts the same flux on the legacy base (/service-qualif, /service) with HTTP Basic', async () => {
    const basic = (login: string, motDePasse: string) =>
      `Basic ${Buffer.from(`${login}:${motDePasse}`).toString('base64')}`;
    const appeler = (chemin: string, corps: unknown, authorization?: string) =>
      t.app.inject({
        method: 'POST',
        url: chemin,
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        payload: JSON.stringify(corps),
      });
    const facture = parties();
    const corps = {
      fichierFlux: ciiFlux(facture).toString('base64'),
      nomFichier: 'legacy.xml',
      syntaxeFlux: 'IN_DP_E1_CII_16B',
      avecSignature: false,
    };
    const bon = basic(PAPETERIE.login, PAPETERIE.motDePasse);

    const sans = await appeler('/service-qualif/factures/deposer/flux', corps);
    expect(sans.statusCode).toBe(401);
    const faux = await appeler(
      '/service-qualif/factures/deposer/flux',
      corps,
      basic(PAPETERIE.login, 'faux'),
    );
    expect(faux.statusCode).toBe(403);
    // A bearer token alone is not how the legacy base authenticates.
    const jeton = await appeler('/service-qualif/factures/deposer/flux', corps, `Bearer ${papeterie.jeton}`);
    expect(jeton.statusCode).toBe(401);

    const depot = await appeler('/service-qualif/factures/deposer/flux', corps, bon);
    expect(depot.statusCode, depot.body).toBe(200);
    const { numeroFluxDepot } = depot.json();
    expect(numeroFluxDepot).toMatch(FORMAT_NUMERO_FLUX);
    const cr = await attendre(async () => {
      const res = await appeler('/service/transverses/consulterCRDetaille', { numeroFluxDepot }, bon);
      expect(res.statusCode, res.body).toBe(200);
      const corps = res.json() as { etatCourantDepotFlux: string; listeErreurDP: unknown[] };
      return corps.etatCourantDepotFlux === 'IN_INTEGRE' ? corps : null;
    }, 20_000);
    expect(cr.listeErreurDP).toEqual([]);
    expect(await t.db.flux.findUnique({ where: { numero: numeroFluxDepot } })).toMatchObject({
      canal: 'API_HISTORIQUE',
    });
  });

  it('integrates a CII as ERP connectors send it (SIRET with schemeID="1", no BT-24)', async () => {
    const facture = parties();
    const octets = ciiErpFlux(facture);
    expect(octets.toString()).not.toContain('GuidelineSpecifiedDocumentContextParameter');
    const depot = (await deposer('odoo.xml', octets, 'IN_DP_E1_CII_16B')).json();
    const cr = await compteRendu(depot.numeroFluxDepot);
    expect(cr.listeErreurDP).toEqual([]);
    expect(cr.etatCourantDepotFlux).toBe('IN_INTEGRE');
    const [emise] = (await papeterie.ok(C.rechercherFournisseur, { numeroFluxDepot: depot.numeroFluxDepot }))
      .listeFactures;
    expect(emise).toMatchObject({
      numeroFacture: facture.numero,
      codeDestinataire: VILLEDEMO.identifiant,
      codeServiceExecutant: 'VOIRIE',
    });
  });
});
