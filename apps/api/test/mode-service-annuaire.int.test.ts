import { CHEMINS_CPRO as C } from '@choral/contracts';
import { DEMO_RACCORDEMENTS, seedDemo } from '@choral/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Erp } from './support/erp.ts';
import { creerFournisseur } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

describe('mode API: structures, services and referentials', () => {
  let t: TestApp;
  let erp: Erp;
  beforeAll(async () => {
    t = await buildTestApp();
    await seedDemo(t.db);
    erp = await Erp.connecter(t.app, {
      ...(DEMO_RACCORDEMENTS[0] as (typeof DEMO_RACCORDEMENTS)[number]),
      compteId: 0,
    });
  });
  afterAll(() => t.close());

  it('finds the commune, consults it with its four flags as booleans, lists and consults its services', async () => {
    const trouvees = await erp.ok(C.rechercherStructures, {
      structure: { identifiantStructure: '21750001600019', typeIdentifiantStructure: 'SIRET' },
      parametres: {
        nbResultatsParPage: 10,
        pageResultatDemandee: 1,
        triColonne: 'IdStructure',
        triSens: 'Ascendant',
      },
    });
    expect(trouvees.total).toBe(1);
    const idStructureCPP: number = trouvees.listeStructures[0].idStructureCPP;
    const commune = await erp.ok(C.consulterStructure, { idStructureCPP, codeLangue: 'fr' });
    expect(commune.parametres).toEqual({
      codeServiceDoitEtreRenseigne: true,
      numeroEJDoitEtreRenseigne: false,
      gestionNumeroEJOuCodeService: false,
      statutMiseEnPaiementNestPasRemonte: false,
    });
    const services = await erp.ok(C.rechercherServices, { idStructure: idStructureCPP });
    const voirie = services.listeServices.find((s: { codeService: string }) => s.codeService === 'VOIRIE');
    expect(voirie).toMatchObject({ estActif: true });
    expect(services.parametresRetour.total).toBeGreaterThanOrEqual(4);
    const service = await erp.ok(C.consulterService, {
      idStructure: idStructureCPP,
      idService: voirie.idService,
    });
    expect(service.informationsGenerales).toMatchObject({ codeService: 'VOIRIE' });

    // Another supplier's private structure is not in this account's directory.
    const autre = await creerFournisseur(t.app, t.db);
    const cachee = await erp.appeler(C.consulterStructure, { idStructureCPP: autre.structure.id });
    expect(cachee.statusCode).toBe(404);
    expect(
      (await erp.appeler(C.consulterService, { idStructure: idStructureCPP, idService: 999_999 })).statusCode,
    ).toBe(404);
  });

  it('answers the referentials from the domain data', async () => {
    const etats = await erp.ok(C.etatsTraitement, { statutCourant: 'MISE_A_DISPOSITION' });
    const possibles = etats.listeStatutsPossiblesPourTraitement.map(
      (s: { statutPossiblePourTraitement: string }) => s.statutPossiblePourTraitement,
    );
    expect(possibles).toEqual(expect.arrayContaining(['SUSPENDUE', 'REJETEE', 'SERVICE_FAIT']));
    expect((await erp.appeler(C.etatsTraitement, {})).statusCode).toBe(400);
    const cadres = await erp.ok(C.cadresFacturation, { typeDemandePaiement: 'FACTURE' });
    expect(cadres.listeCadreFacturation).toContainEqual({ codeCadreFacturation: 'A1_FACTURE_FOURNISSEUR' });
    const taux = await erp.ok(C.tauxTva, { codeLangue: 'FR' });
    expect(taux.listeTauxTva).toContainEqual(
      expect.objectContaining({ codeTauxTva: 'TVA1', valeurTauxTva: 0 }),
    );
    for (const [chemin, liste] of [
      [C.devises, 'listeDevises'],
      [C.pays, 'listePays'],
      [C.modesReglement, 'listeModePaiement'],
      [C.typesPieceJointe, 'listeTypePieceJointe'],
      [C.motifsExonerationTva, 'listeMotifsExonerationTva'],
      [C.typesIdentifiantStructure, 'listeTypeIdentifiant'],
      [C.modesDepot, 'listeModeDepot'],
      [C.formatsFlux, 'listeFormatFlux'],
    ] as const) {
      const body = await erp.ok(chemin, {});
      expect(body[liste].length, chemin).toBeGreaterThan(0);
    }
    expect((await erp.ok(C.coordonneesBancaires, { idStructure: 1 })).listeCoordonneeBancaire).toEqual([]);
    expect((await erp.ok(C.structuresActivesDestinataire, {})).listeStructures).toEqual([]);
  });
});
