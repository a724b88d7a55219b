import { CHEMINS_CPRO as C } from '@choral/contracts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_RACCORDEMENTS, seedDemo } from '@choral/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fichierCorpus, testsDuCorpusIgnores } from '../../../test-support/corpus.ts';
import { Client } from './support/client.ts';
import { attendreStatut } from './support/cycle.ts';
import { Erp, raccorder } from './support/erp.ts';
import { creerFournisseur } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

const SANS_CORPUS = testsDuCorpusIgnores('les dépôts PDF du mode API');
const [PAPETERIE, VILLEDEMO] = DEMO_RACCORDEMENTS as [
  (typeof DEMO_RACCORDEMENTS)[number],
  (typeof DEMO_RACCORDEMENTS)[number],
];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function facture(idFournisseur: number, extra: Record<string, unknown> = {}) {
  return {
    modeDepot: 'SAISIE_API',
    idUtilisateurCourant: 0,
    dateFacture: '2026-11-20',
    destinataire: { codeDestinataire: VILLEDEMO.identifiant, codeServiceExecutant: 'VOIRIE' },
    fournisseur: { idFournisseur, idServiceFournisseur: 0, codeCoordonneesBancairesFournisseur: 0 },
    cadreDeFacturation: { codeCadreFacturation: 'A1_FACTURE_FOURNISSEUR' },
    references: {
      deviseFacture: 'EUR',
      typeFacture: 'FACTURE',
      typeTva: 'TVA_SUR_DEBIT',
      modePaiement: 'VIREMENT',
    },
    lignePoste: [
      {
        lignePosteNumero: 1,
        lignePosteReference: 'R1',
        lignePosteDenomination: 'Ramettes de papier',
        lignePosteQuantite: 10,
        lignePosteUnite: 'lot',
        lignePosteMontantUnitaireHT: 4.5,
        lignePosteMontantRemiseHT: 0,
        lignePosteTauxTva: 'TVA5',
        lignePosteTauxTvaManuel: 20,
      },
    ],
    champInconnuDUnSdk: { ignore: true },
    ...extra,
  };
}

describe('mode API: invoices as an ERP deposits, follows and processes them', () => {
  let t: TestApp;
  let papeterie: Erp;
  let villedemo: Erp;
  let idFournisseur: number;
  beforeAll(async () => {
    t = await buildTestApp();
    await seedDemo(t.db);
    await t.demarrerTravailleur();
    papeterie = await Erp.connecter(t.app, { ...PAPETERIE, compteId: 0 });
    villedemo = await Erp.connecter(t.app, { ...VILLEDEMO, compteId: 0 });
    const actives = await papeterie.ok(C.structuresActivesFournisseur, {});
    idFournisseur = actives.listeStructures[0].idStructureCPP;
  });
  afterAll(() => t.close());

  it('runs the full scenario: soumettre → routed → suspended → completed → paid, both histories', async () => {
    const annuaire = await papeterie.ok(C.rechercherDestinataire, { identifiant: VILLEDEMO.identifiant });
    expect(annuaire.listeDestinataires[0]).toMatchObject({ siret: VILLEDEMO.identifiant });

    const pieceJointeId = await papeterie.ajouterPdf(PDF, 'bon-de-livraison.pdf');
    const depot = await papeterie.ok(
      C.soumettre,
      facture(idFournisseur, {
        pieceJointeComplementaire: [
          { pieceJointeComplementaireDesignation: 'BL', pieceJointeComplementaireId: pieceJointeId },
        ],
      }),
    );
    expect(depot).toMatchObject({
      libelle: 'GCU_MSG_01_000',
      statutFacture: 'DEPOSEE',
      identifiantStructure: '84312345600017',
    });
    expect(depot.numeroFacture).toMatch(/^\d{20}$/);
    expect(depot.dateDepot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(depot.empreinteCertificatDepot).toHaveLength(44);
    const id: number = depot.identifiantFactureCPP;
    await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');

    const recues = await villedemo.ok(C.rechercherRecipiendaire, {
      paramRecherche: { nbResultatsParPage: 5 },
    });
    expect(recues.listeFactures.map((f: { idFacture: number }) => f.idFacture)).toContain(id);
    expect(recues).toMatchObject({ pageCourante: 1, nbResultatsParPage: 5 });
    expect(recues.listeFactures[0]).toMatchObject({ montantTTC: 54, codeServiceExecutant: 'VOIRIE' });

    const sansMotif = await villedemo.appeler(C.traiterRecue, { idFacture: id, nouveauStatut: 'SUSPENDUE' });
    expect(sansMotif.statusCode).toBe(400);
    expect(sansMotif.json().codeRetour).not.toBe(0);
    expect(sansMotif.json().message).toMatch(/motif/i);
    const suspendue = await villedemo.ok(C.traiterRecue, {
      idFacture: id,
      nouveauStatut: 'SUSPENDUE',
      motif: 'Bon de livraison illisible',
    });
    expect(suspendue).toMatchObject({ idFacture: id, nouveauStatut: 'SUSPENDUE' });

    await papeterie.ok(C.completer, {
      identifiantFactureCPP: id,
      commentaire: 'BL renvoyé, lisible cette fois.',
    });
    await villedemo.ok(C.traiterRecue, { idFacture: id, nouveauStatut: 'SERVICE_FAIT' });
    const sansMandat = await villedemo.appeler(C.traiterRecue, { idFacture: id, nouveauStatut: 'MANDATEE' });
    expect(sansMandat.statusCode).toBe(400);
    await villedemo.ok(C.traiterRecue, {
      idFacture: id,
      nouveauStatut: 'MANDATEE',
      numeroDPMandat: 'M-2026-77',
    });
    await villedemo.ok(C.traiterRecue, { idFacture: id, nouveauStatut: 'MISE_EN_PAIEMENT' });

    for (const erp of [papeterie, villedemo]) {
      const h = await erp.ok(C.consulterHistorique, { idFacture: id });
      const codes = h.historiquesDesStatuts.histoStatut.map(
        (s: { histoStatutCode: string }) => s.histoStatutCode,
      );
      expect(codes[0]).toBe('MISE_EN_PAIEMENT');
      expect(codes).toEqual(
        expect.arrayContaining(['DEPOSEE', 'SUSPENDUE', 'COMPLETEE', 'SERVICE_FAIT', 'MANDATEE']),
      );
      expect(h.statutCourantCode).toBe('MISE_EN_PAIEMENT');
      const suspension = h.historiquesDesStatuts.histoStatut.find(
        (s: { histoStatutCode: string }) => s.histoStatutCode === 'SUSPENDUE',
      );
      expect(suspension.histoStatutCommentaire).toBe('Bon de livraison illisible');
      expect(suspension.histoStatutDatePassage).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      // The users' actions, latest first, with who acted: the portal's and the API's alike.
      const actions = h.historiquesDesActionsUtilisateurs.histoAction;
      expect(actions.map((x: { histoActionCode: string }) => x.histoActionCode)).toEqual([
        'METTRE_EN_PAIEMENT',
        'MANDATER',
        'ATTESTER_SERVICE_FAIT',
        'COMPLETER',
        'SUSPENDRE',
        'DEPOSER',
      ]);
      expect(h.historiquesDesActionsUtilisateurs.totalHistoAction).toBe(6);
      expect(actions[0].histoActionDateHeure).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(h.derniereAction).toEqual({
        derniereActionCode: 'METTRE_EN_PAIEMENT',
        derniereActionId: actions[0].histoActionId,
      });
    }

    const emise = await papeterie.ok(C.consulterFournisseur, { identifiantFactureCPP: id });
    expect(emise.facture).toMatchObject({
      identifiantFactureCPP: id,
      statutFacture: 'MISE_EN_PAIEMENT',
      modeDepot: 'SAISIE_API',
      cadreDeFacturation: { codeCadreFacturation: 'A1_FACTURE_FOURNISSEUR' },
      references: { numeroDpMandat: 'M-2026-77' },
      montantTotal: { montantHtTotal: 45, montantTVA: 9, montantTtcTotal: 54 },
    });
    expect(
      emise.facture.listeDesPiecesJointes.pieceJointe.map(
        (p: { pieceJointeNom: string }) => p.pieceJointeNom,
      ),
    ).toContain('bon-de-livraison.pdf');
    const recue = await villedemo.ok(C.consulterRecipiendaire, { identifiantFactureCPP: id });
    expect(recue.facture.destinataire).toMatchObject({ codeServiceExecutant: 'VOIRIE' });
    const emises = await papeterie.ok(C.rechercherFournisseur, { statutCourant: ['MISE_EN_PAIEMENT'] });
    expect(
      emises.listeFactures.map((f: { identifiantFactureCPP: number }) => f.identifiantFactureCPP),
    ).toContain(id);

    // One domain, two doors: the portal shows the same invoice and history.
    const fournisseur = DEMO_ACCOUNTS[0] as (typeof DEMO_ACCOUNTS)[number];
    const portail = await new Client(t.app).login(fournisseur.email, DEMO_PASSWORD);
    const vue = await portail.get(`/api/factures/${id}`);
    expect(vue.statusCode).toBe(200);
    expect(vue.json()).toMatchObject({ statut: 'MISE_EN_PAIEMENT', numeroMandat: 'M-2026-77' });
  });

  it.skipIf(SANS_CORPUS)(
    'deposits a PDF (DEPOT_PDF_API) with the supplier’s number, and refuses a reused number',
    async () => {
      const fichier = await papeterie.ok(C.ajouterFichier, {
        pieceJointeFichier: fichierCorpus('pdf/akretion_france-test.pdf').toString('base64'),
        pieceJointeNom: 'facture.pdf',
      });
      const numero = `PDF-${Date.now()}`;
      const corps = facture(idFournisseur, {
        modeDepot: 'DEPOT_PDF_API',
        numeroFactureSaisi: numero,
        cadreDeFacturation: { codeCadreFacturation: 'A1' },
        lignePoste: [],
        ligneTva: [
          { ligneTvaTauxManuel: 20, ligneTvaMontantBaseHtParTaux: 100, ligneTvaMontantTvaParTaux: 20 },
        ],
        montantTotal: { montantHtTotal: 100, montantTVA: 20, montantTtcTotal: 120, montantAPayer: 120 },
        pieceJointePrincipale: [
          { pieceJointePrincipaleDesignation: 'Facture', pieceJointePrincipaleId: fichier.pieceJointeId },
        ],
      });
      const depot = await papeterie.appeler(C.soumettre, corps);
      expect(depot.statusCode, depot.body).toBe(200);
      expect(depot.json()).toMatchObject({ numeroFacture: numero, statutFacture: 'DEPOSEE' });
      const avant = await t.db.facture.count();
      const doublon = await papeterie.appeler(C.soumettre, corps);
      expect(doublon.statusCode).toBe(400);
      expect(doublon.json()).toMatchObject({ codeRetour: 20904 });
      expect(doublon.json().message).toMatch(/déjà été utilisé/);
      // A refused call leaves nothing behind (its draft is removed).
      expect(await t.db.facture.count()).toBe(avant);
    },
  );

  it('answers functional errors in the envelope: missing fields named, no result, too large, bad JSON', async () => {
    const manquant = await papeterie.appeler(C.soumettre, { modeDepot: 'SAISIE_API' });
    expect(manquant.statusCode).toBe(400);
    expect(manquant.headers['content-type']).toMatch(/^application\/json/);
    expect(manquant.json()).toMatchObject({ codeRetour: 20901, libelle: 'CHO_MSG_01.001' });
    expect(manquant.json().message).toMatch(/destinataire/);
    expect(manquant.json().message).toMatch(/fournisseur/);

    const inconnu = await papeterie.appeler(
      C.soumettre,
      facture(idFournisseur, { destinataire: { codeDestinataire: '00000000000000' } }),
    );
    expect(inconnu.statusCode).toBe(400);
    expect(inconnu.json().codeRetour).not.toBe(0);

    const cadre = await papeterie.appeler(
      C.soumettre,
      facture(idFournisseur, { cadreDeFacturation: { codeCadreFacturation: 'Z9_INCONNU' } }),
    );
    expect(cadre.statusCode).toBe(400);
    expect(cadre.json().champs).toEqual([
      {
        champ: 'cadreDeFacturation.codeCadreFacturation',
        message: 'Cadre de facturation inconnu « Z9_INCONNU ».',
      },
    ]);

    const vide = await villedemo.ok(C.rechercherRecipiendaire, { numeroFacture: 'AUCUNE' }).catch(() => null);
    expect(vide).toBeNull();
    const aucune = await villedemo.appeler(C.rechercherRecipiendaire, { numeroFacture: 'AUCUNE' });
    expect(aucune.statusCode).toBe(200);
    expect(aucune.json()).toMatchObject({ codeRetour: 20000, libelle: 'TRA_MSG_00.015', total: 0 });

    const gros = await papeterie.appeler(C.ajouterFichier, {
      pieceJointeFichier: Buffer.alloc(10 * 1024 * 1024).toString('base64'),
      pieceJointeNom: 'gros.pdf',
    });
    expect(gros.json()).toMatchObject({ codeRetour: 20003 });

    const json = await papeterie.appeler(C.soumettre, '{"modeDepot": ');
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ codeRetour: 20901 });
    const historique = await papeterie.appeler(C.consulterHistorique, { idFacture: 'abc' });
    expect(historique.json().message).toMatch(/idFacture/);
  });

  it('never lets a compte technique reach another structure’s invoices, nor an espace it lacks', async () => {
    const depot = await papeterie.ok(C.soumettre, facture(idFournisseur));
    const id: number = depot.identifiantFactureCPP;
    const autre = await creerFournisseur(t.app, t.db);
    const intrus = await Erp.connecter(t.app, await raccorder(autre.client, autre.structure.id));

    for (const [chemin, corps] of [
      [C.consulterFournisseur, { identifiantFactureCPP: id }],
      [C.consulterRecipiendaire, { identifiantFactureCPP: id }],
      [C.consulterHistorique, { idFacture: id }],
      [C.traiterRecue, { idFacture: id, nouveauStatut: 'SERVICE_FAIT' }],
      [C.completer, { identifiantFactureCPP: id, commentaire: 'x' }],
      [C.rechercherFournisseur, { idFournisseur }],
      [C.soumettre, facture(idFournisseur)],
    ] as const) {
      const res = await intrus.appeler(chemin, corps);
      expect(res.statusCode, chemin).toBe(404);
      expect(res.json().codeRetour, chemin).toBe(20902);
    }
    // The supplier's account cannot act as the recipient on its own invoice.
    expect(
      (await papeterie.appeler(C.traiterRecue, { idFacture: id, nouveauStatut: 'SERVICE_FAIT' })).statusCode,
    ).toBe(404);
    // Another account's file id does not exist for it.
    const fichier = await papeterie.ok(C.ajouterFichier, {
      pieceJointeFichier: PDF.toString('base64'),
      pieceJointeNom: 'a.pdf',
    });
    const vole = await intrus.appeler(
      C.soumettre,
      facture(autre.structure.id, {
        pieceJointeComplementaire: [{ pieceJointeComplementaireId: fichier.pieceJointeId }],
      }),
    );
    expect(vole.statusCode).toBe(404);

    const emisesSeulement = await Erp.connecter(
      t.app,
      await raccorder(autre.client, autre.structure.id, { espaces: ['FACTURES_EMISES'] }),
    );
    const interdit = await emisesSeulement.appeler(C.rechercherRecipiendaire, {});
    expect(interdit.statusCode).toBe(403);
    expect(interdit.json()).toMatchObject({ codeRetour: 20905 });
  });

  it('recycles an invoice sent back by the recipient, and acknowledges a rejection (traiterRejet)', async () => {
    const aRecycler: number = (await papeterie.ok(C.soumettre, facture(idFournisseur))).identifiantFactureCPP;
    const aRejeter: number = (await papeterie.ok(C.soumettre, facture(idFournisseur))).identifiantFactureCPP;
    await attendreStatut(t.db, aRecycler, 'MISE_A_DISPOSITION');
    await attendreStatut(t.db, aRejeter, 'MISE_A_DISPOSITION');

    await villedemo.ok(C.traiterRecue, {
      idFacture: aRecycler,
      nouveauStatut: 'A_RECYCLER',
      motif: 'Mauvais service',
    });
    const recyclee = await papeterie.ok(C.recycler, {
      identifiantFactureCPP: aRecycler,
      destinataire: { codeDestinataire: VILLEDEMO.identifiant, codeServiceExecutant: 'ECOLES' },
      reference: {},
      commentaire: 'Service des écoles',
    });
    expect(recyclee).toMatchObject({ identifiantFactureCPP: aRecycler, statutFacture: 'DEPOSEE' });
    await attendreStatut(t.db, aRecycler, 'MISE_A_DISPOSITION');
    const recue = await villedemo.ok(C.consulterRecipiendaire, { identifiantFactureCPP: aRecycler });
    expect(recue.facture.destinataire.codeServiceExecutant).toBe('ECOLES');

    await villedemo.ok(C.traiterRecue, {
      idFacture: aRejeter,
      nouveauStatut: 'REJETEE',
      motif: 'Facture en double',
    });
    const acquitte = await papeterie.ok(C.traiterRejet, {
      listeDemandePaiement: [{ idDemandePaiement: aRejeter }, { idDemandePaiement: aRecycler }],
      motifRejet: 'Pris en compte',
    });
    expect(acquitte.listeDemandePaiement).toEqual([
      { idDemandePaiement: aRejeter, codeRetour: 0, libelle: 'GCU_MSG_01_000' },
      expect.objectContaining({ idDemandePaiement: aRecycler, codeRetour: 20903 }),
    ]);
    const encore = await papeterie.ok(C.traiterRejet, {
      listeDemandePaiement: [{ idDemandePaiement: aRejeter }],
    });
    expect(encore.listeDemandePaiement[0].codeRetour).not.toBe(0);
  });

  it.skipIf(SANS_CORPUS)(
    'reads a Factur-X with deposer/pdf and keeps it under a pieceJointeId; refuses a non-PDF',
    async () => {
      const lu = await papeterie.ok(C.deposerPdf, {
        fichierFacture: fichierCorpus('facturx/Facture_FR_EN16931.pdf').toString('base64'),
        nomFichier: 'Facture_FR_EN16931.pdf',
        formatDepot: 'PDF_NON_SIGNE',
      });
      expect(lu.pieceJointeId).toBeGreaterThan(0);
      expect(lu.numeroFacture).toEqual(expect.any(String));
      expect(lu.montantAPayer).toEqual(expect.any(Number));
      const pasPdf = await papeterie.appeler(C.deposerPdf, { fichierFacture: 'AAAA', nomFichier: 'x.xml' });
      expect(pasPdf.json()).toMatchObject({ codeRetour: 20906 });
    },
  );
});
