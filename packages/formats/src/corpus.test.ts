import { identifiantSireneValide, siretEtSiren } from '@choral/domain/facture';
import { describe, expect, it } from 'vitest';
import { fichierCorpus, manifesteCorpus, testsDuCorpusIgnores } from '../../../test-support/corpus.ts';
import { lireFacture } from './lire-facture.ts';
import { comparerValeurs, type EntreeManifeste, valeursDepuisFacture } from './manifeste/index.ts';
import type { Profil } from './profil.ts';
import { validerFacture } from './validate/valider-facture.ts';

const sansCorpus = testsDuCorpusIgnores('les tests de lecture du corpus');
const manifeste = sansCorpus ? [] : manifesteCorpus<EntreeManifeste>();

// Manifest profile names → the library's profiles (ZUGFeRD 1.0 COMFORT is the EN 16931 level).
const PROFIL_ATTENDU: Record<string, Profil> = {
  MINIMUM: 'MINIMUM',
  'BASIC WL': 'BASIC WL',
  BASIC: 'BASIC',
  EN16931: 'EN 16931',
  EXTENDED: 'EXTENDED',
  XRECHNUNG: 'XRECHNUNG',
  'XRECHNUNG 3.0': 'XRECHNUNG',
  'EXTENDED-CTC-FR': 'EXTENDED-CTC-FR',
  'Peppol BIS Billing 3.0': 'PEPPOL BIS 3.0',
  'ZUGFeRD 1.0 COMFORT': 'EN 16931',
};

const FORMAT_ATTENDU = {
  facturx: ['factur-x'],
  pdf: ['pdf-simple'],
  cii: ['cii'],
  ubl: ['ubl-invoice', 'ubl-creditnote'],
};

async function lire(entree: EntreeManifeste) {
  const resultat = await lireFacture(new Uint8Array(fichierCorpus(entree.path)));
  if (!resultat.ok) throw new Error(`${entree.path} : ${resultat.erreur.code} ${resultat.erreur.message}`);
  return resultat.lecture;
}

describe.skipIf(sansCorpus)('corpus public (../shared/corpus)', () => {
  it.each(manifeste.map((entree) => [entree.path, entree] as const))(
    '%s : format, profil et valeurs',
    async (_, entree) => {
      const lecture = await lire(entree);
      expect(FORMAT_ATTENDU[entree.format]).toContain(lecture.format);
      expect(lecture.profil).toBe(entree.profile === null ? null : PROFIL_ATTENDU[entree.profile]);
      if (entree.pdf?.invoiceXmlName) expect(lecture.pdf?.fichierXml).toBe(entree.pdf.invoiceXmlName);
      if (entree.profileUrn) expect(lecture.specification).toBe(entree.profileUrn);
      if (entree.expected === null) {
        expect(lecture.facture).toBeNull();
        return;
      }
      expect(lecture.facture).not.toBeNull();
      if (lecture.facture === null) return;
      expect(lecture.facture.type).toBe(entree.documentType === 'creditNote' ? 'avoir' : 'facture');
      expect(comparerValeurs(entree.expected, valeursDepuisFacture(lecture.facture)).ecarts).toEqual([]);
    },
  );

  it.each(
    manifeste.filter((entree) => entree.arithmeticChecks).map((entree) => [entree.path, entree] as const),
  )('%s : le validateur signale exactement les règles arithmétiques violées', async (_, entree) => {
    const { facture } = await lire(entree);
    if (facture === null) throw new Error('facture attendue');
    const regles = new Set(validerFacture(facture).map((constat) => constat.regle));
    for (const [regle, respectee] of Object.entries(entree.arithmeticChecks ?? {})) {
      if (!regle.startsWith('BR-')) continue;
      expect({ regle, signalee: regles.has(regle) }).toEqual({ regle, signalee: !respectee });
    }
  });

  it.each(
    manifeste
      .filter((entree) => entree.identifierChecks && entree.expected)
      .map((entree) => [entree.path, entree] as const),
  )('%s : contrôle de clé des SIREN/SIRET', async (_, entree) => {
    const { facture } = await lire(entree);
    if (facture === null) throw new Error('facture attendue');
    const parties = { seller: facture.vendeur, buyer: facture.acheteur };
    for (const [cle, valide] of Object.entries(entree.identifierChecks ?? {})) {
      const [, role, nature] = /^(seller|buyer)(Siret|Siren)LuhnValid$/.exec(cle) ?? [];
      if (role === undefined || nature === undefined) continue;
      const ids = siretEtSiren(parties[role as 'seller' | 'buyer']);
      const valeur = nature === 'Siret' ? ids.siret : ids.siren;
      expect({ cle, valide: valeur !== null && identifiantSireneValide(valeur) }).toEqual({ cle, valide });
    }
  });

  it('toutes les valeurs attendues du corpus sont lues', async () => {
    let attendus = 0;
    let concordants = 0;
    for (const entree of manifeste) {
      if (entree.expected === null) continue;
      const { facture } = await lire(entree);
      const comparaison = comparerValeurs(
        entree.expected,
        facture === null ? null : valeursDepuisFacture(facture),
      );
      attendus += comparaison.attendus;
      concordants += comparaison.concordants;
    }
    console.info(
      `Corpus : ${concordants}/${attendus} valeurs concordantes sur ${manifeste.length} fichiers.`,
    );
    expect(concordants).toBe(attendus);
  });
});
