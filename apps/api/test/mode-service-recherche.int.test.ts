import { CHEMINS_CPRO as C } from '@choral/contracts';
import { DEMO_RACCORDEMENTS, seedDemo } from '@choral/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendreStatut } from './support/cycle.ts';
import { Erp } from './support/erp.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

const [PAPETERIE, VILLEDEMO] = DEMO_RACCORDEMENTS as [
  (typeof DEMO_RACCORDEMENTS)[number],
  (typeof DEMO_RACCORDEMENTS)[number],
];
const AUJOURDHUI = new Date().toISOString().slice(0, 10);
const HIER = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

describe('mode API: the search filters of rechercher/fournisseur and rechercher/recipiendaire', () => {
  let t: TestApp;
  let papeterie: Erp;
  let villedemo: Erp;
  let idFournisseur: number;
  const deposees = {} as Record<'commande' | 'marche', { id: number; numero: string }>;

  beforeAll(async () => {
    t = await buildTestApp();
    await seedDemo(t.db);
    await t.demarrerTravailleur();
    papeterie = await Erp.connecter(t.app, { ...PAPETERIE, compteId: 0 });
    villedemo = await Erp.connecter(t.app, { ...VILLEDEMO, compteId: 0 });
    idFournisseur = (await papeterie.ok(C.structuresActivesFournisseur, {})).listeStructures[0]
      .idStructureCPP;
    const saisie = (dateFacture: string, references: Record<string, unknown>) => ({
      modeDepot: 'SAISIE_API',
      dateFacture,
      destinataire: { codeDestinataire: VILLEDEMO.identifiant, codeServiceExecutant: 'VOIRIE' },
      fournisseur: { idFournisseur },
      references,
      lignePoste: [
        {
          lignePosteDenomination: 'Ramettes',
          lignePosteQuantite: 2,
          lignePosteMontantUnitaireHT: 10,
          lignePosteTauxTvaManuel: 20,
        },
      ],
    });
    for (const [nom, corps] of [
      ['commande', saisie('2026-10-01', { numeroBonCommande: 'BC-77' })],
      ['marche', saisie('2026-11-15', { numeroMarche: 'M-2026-9' })],
    ] as const) {
      const depot = await papeterie.ok(C.soumettre, corps);
      deposees[nom] = { id: depot.identifiantFactureCPP, numero: depot.numeroFacture };
      await attendreStatut(t.db, depot.identifiantFactureCPP, 'MISE_A_DISPOSITION');
    }
  });
  afterAll(() => t.close());

  /** The ids a supplier's search returns, in its order. */
  async function emises(filtres: Record<string, unknown>): Promise<number[]> {
    const res = await papeterie.ok(C.rechercherFournisseur, filtres);

    return res.listeFactures.map((f: { identifiantFactureCPP: number }) => f.identifiantFactureCPP);
  }
  async function recues(filtres: Record<string, unknown>): Promise<{ codeRetour: number; ids: number[] }> {
    const res = await villedemo.appeler(C.rechercherRecipiendaire, filtres);
    expect(res.statusCode, res.body).toBe(200);

    return {
      codeRetour: res.json().codeRetour,
      ids: res.json().listeFactures.map((f: { idFacture: number }) => f.idFacture),
    };
  }

  it('filters issued invoices on each field of the reference, alone and together', async () => {
    const { commande, marche } = deposees;
    const toutes = await emises({});
    expect(toutes).toEqual(expect.arrayContaining([commande.id, marche.id]));

    expect(await emises({ numeroFacture: commande.numero })).toEqual([commande.id]);
    expect(await emises({ numeroBonCommande: 'BC-77' })).toEqual([commande.id]);
    expect(await emises({ numeroMarche: 'M-2026-9' })).toEqual([marche.id]);
    expect(await emises({ periodeDateFactureDu: '2026-11-01', periodeDateFactureAu: '2026-11-30' })).toEqual([
      marche.id,
    ]);
    expect(await emises({ periodeDateDepotDu: AUJOURDHUI, periodeDateDepotAu: AUJOURDHUI })).toEqual(toutes);
    expect(await emises({ periodeDateDepotAu: HIER })).toEqual([]);
    expect(await emises({ periodeDateHeureEtatCourantDu: AUJOURDHUI })).toEqual(toutes);
    // Cadres by API name or short code; deposit modes by Chorus Pro's names.
    expect(await emises({ cadreFacturation: 'A1_FACTURE_FOURNISSEUR' })).toEqual(toutes);
    expect(await emises({ cadreFacturation: 'A1' })).toEqual(toutes);
    expect(await emises({ cadreFacturation: 'A9_FACTURE_SOUSTRAITANT' })).toEqual([]);
    expect(await emises({ modeDepot: 'SAISIE_API' })).toEqual(toutes);
    expect(await emises({ modeDepot: 'DEPOT_PDF_API' })).toEqual([]);
    expect(await emises({ typeFacture: 'AVOIR' })).toEqual([]);
    expect(await emises({ typeDemandePaiement: 'FACTURE_TRAVAUX' })).toEqual([]);
    expect(await emises({ statutCourant: ['MISE_A_DISPOSITION'], numeroMarche: 'M-2026-9' })).toEqual([
      marche.id,
    ]);
    expect(await emises({ statutCourant: ['REJETEE'] })).toEqual([]);
    expect(await emises({ rejetTraite: false })).toEqual([]);
    expect(await emises({ listeDestinataire: [{ codeDestinataire: VILLEDEMO.identifiant }] })).toEqual(
      toutes,
    );
    expect(await emises({ listeDestinataire: [{ codeDestinataire: '00000000000000' }] })).toEqual([]);
  });

  it('filters received invoices: suppliers, service, state date, payment request type', async () => {
    const { commande, marche } = deposees;
    const toutes = (await recues({})).ids;
    expect(toutes).toEqual(expect.arrayContaining([commande.id, marche.id]));

    expect((await recues({ listeFournisseurs: [{ idFournisseur, listeIdService: [] }] })).ids).toEqual(
      toutes,
    );
    expect(await recues({ listeFournisseurs: [{ idFournisseur: 999_999 }] })).toEqual({
      codeRetour: 20000,
      ids: [],
    });
    expect((await recues({ numeroBonCommande: 'BC-77', typeDemandePaiement: 'FACTURE' })).ids).toEqual([
      commande.id,
    ]);
    expect((await recues({ periodeDateHeureEtatCourantDu: AUJOURDHUI })).ids).toEqual(toutes);
    expect((await recues({ periodeDateHeureEtatCourantAu: HIER })).codeRetour).toBe(20000);
    expect((await recues({ typeDemandePaiement: 'FACTURE_TRAVAUX' })).codeRetour).toBe(20000);
  });

  it('refuses unknown codes in a filter with the field named (400), never an empty answer', async () => {
    for (const [champ, valeur] of [
      ['modeDepot', 'PIGEON_VOYAGEUR'],
      ['cadreFacturation', 'Z9_INCONNU'],
      ['statutCourant', ['PAYEE_PEUT_ETRE']],
    ] as const) {
      const res = await papeterie.appeler(C.rechercherFournisseur, { [champ]: valeur });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().codeRetour).not.toBe(0);
      expect(JSON.stringify(res.json())).toContain(champ);
    }
    const date = await papeterie.appeler(C.rechercherFournisseur, { periodeDateDepotDu: '01/12/2026' });
    expect(date.statusCode).toBe(400);
    expect(date.json().message).toMatch(/periodeDateDepotDu/);
  });
});
