import { createHash } from 'node:crypto';
import { CHEMINS_CPRO as C } from '@choral/contracts';
import { DEMO_RACCORDEMENTS, seedDemo } from '@choral/db';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Erp, raccorder } from './support/erp.ts';
import { creerFournisseur } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

const [PAPETERIE, VILLEDEMO] = DEMO_RACCORDEMENTS as [
  (typeof DEMO_RACCORDEMENTS)[number],
  (typeof DEMO_RACCORDEMENTS)[number],
];
const JUSTIFICATIF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const sha256 = (octets: Uint8Array) => createHash('sha256').update(octets).digest('hex');

function facture(idFournisseur: number, extra: Record<string, unknown> = {}) {
  return {
    modeDepot: 'SAISIE_API',
    dateFacture: '2026-11-20',
    destinataire: { codeDestinataire: VILLEDEMO.identifiant, codeServiceExecutant: 'VOIRIE' },
    fournisseur: { idFournisseur },
    cadreDeFacturation: { codeCadreFacturation: 'A1_FACTURE_FOURNISSEUR' },
    references: { deviseFacture: 'EUR', typeFacture: 'FACTURE', typeTva: 'TVA_SUR_DEBIT' },
    lignePoste: [
      {
        lignePosteDenomination: 'Ramettes de papier',
        lignePosteQuantite: 10,
        lignePosteMontantUnitaireHT: 4.5,
        lignePosteTauxTvaManuel: 20,
      },
    ],
    ...extra,
  };
}

describe('mode API: telecharger/groupe zips the caller’s invoices', () => {
  let t: TestApp;
  let papeterie: Erp;
  let ids: [number, number];
  beforeAll(async () => {
    t = await buildTestApp();
    await seedDemo(t.db);
    papeterie = await Erp.connecter(t.app, { ...PAPETERIE, compteId: 0 });
    const actives = await papeterie.ok(C.structuresActivesFournisseur, {});
    const idFournisseur = actives.listeStructures[0].idStructureCPP;
    const pieceJointeId = await papeterie.ajouterPdf(JUSTIFICATIF, 'bon-de-livraison.pdf');
    const premiere = await papeterie.ok(
      C.soumettre,
      facture(idFournisseur, {
        pieceJointeComplementaire: [
          { pieceJointeComplementaireDesignation: 'BL', pieceJointeComplementaireId: pieceJointeId },
        ],
      }),
    );
    const seconde = await papeterie.ok(C.soumettre, facture(idFournisseur));
    ids = [premiere.identifiantFactureCPP, seconde.identifiantFactureCPP];
  });
  afterAll(() => t.close());

  const demande = (idFactures: number[], extra: Record<string, unknown> = {}) => ({
    listeFacture: idFactures.map((idFacture) => ({ idFacture })),
    format: 'PDF',
    ...extra,
  });

  async function pdfsStockes() {
    const documents = await t.db.documentFacture.findMany({
      where: { factureId: { in: ids }, role: 'FACTURX_GENERE' },
      include: { facture: { select: { numeroPortail: true } } },
    });
    expect(documents).toHaveLength(2);

    return documents;
  }

  it('answers a zip whose entries are the stored PDFs, byte for byte', async () => {
    const reponse = await papeterie.ok(C.telechargerGroupe, demande(ids));
    const entrees = unzipSync(Buffer.from(reponse.fichierResultat, 'base64'));
    const attendues = await pdfsStockes();
    expect(Object.keys(entrees).sort()).toEqual(
      attendues.map((d) => `${d.facture.numeroPortail}/${d.nom}`).sort(),
    );
    for (const d of attendues) {
      const entree = entrees[`${d.facture.numeroPortail}/${d.nom}`] as Uint8Array;
      expect(sha256(entree)).toBe(d.sha256);
    }
  });

  it('adds the attachments when asked (avecPiecesJointesComplementaires OUI)', async () => {
    const reponse = await papeterie.ok(
      C.telechargerGroupe,
      demande([ids[0]], { avecPiecesJointesComplementaires: 'OUI' }),
    );
    const entrees = unzipSync(Buffer.from(reponse.fichierResultat, 'base64'));
    const jointe = Object.entries(entrees).find(([nom]) => nom.endsWith('/bon-de-livraison.pdf'));
    expect(jointe && sha256(jointe[1])).toBe(sha256(JUSTIFICATIF));
    expect(Object.keys(entrees)).toHaveLength(2);
  });

  it('refuses another structure’s invoice as unknown (404), even mixed with its own', async () => {
    const autre = await creerFournisseur(t.app, t.db);
    const intrus = await Erp.connecter(t.app, await raccorder(autre.client, autre.structure.id));
    for (const corps of [demande(ids), demande([ids[0]]), demande([999_999])]) {
      const res = await intrus.appeler(C.telechargerGroupe, corps);
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json()).toMatchObject({ codeRetour: 20902, message: 'Facture introuvable.' });
      expect(res.body).not.toContain('fichierResultat');
    }
  });

  it('refuses bad requests in French and answers 413 past the size limit', async () => {
    const vide = await papeterie.appeler(C.telechargerGroupe, { listeFacture: [] });
    expect(vide.statusCode).toBe(400);
    expect(vide.json().champs[0].message).toBe('Au moins une facture à télécharger.');
    const pivot = await papeterie.appeler(C.telechargerGroupe, demande(ids, { format: 'PIVOT' }));
    expect(pivot.statusCode).toBe(400);
    expect(pivot.json().champs[0].message).toBe('Seul le format PDF est disponible.');

    const total = (await pdfsStockes()).reduce((somme, d) => somme + d.taille, 0);
    const config = t.ctx.config;
    const limite = config.telechargementGroupeMaxOctets;
    try {
      config.telechargementGroupeMaxOctets = total;
      await papeterie.ok(C.telechargerGroupe, demande(ids));
      config.telechargementGroupeMaxOctets = total - 1;
      const trop = await papeterie.appeler(C.telechargerGroupe, demande(ids));
      expect(trop.statusCode, trop.body).toBe(413);
      expect(trop.json()).toMatchObject({ codeRetour: 20003, libelle: 'TRA_MSG_00.003' });
      expect(trop.json().message).toContain('au-delà des');
    } finally {
      config.telechargementGroupeMaxOctets = limite;
    }
  });
});
