import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { lireFacture } from '../lire-facture.ts';
import { avoirExemple, factureExemple, ligneExemple } from '../test-support/facture-exemple.ts';
import { validerFacture } from '../validate/valider-facture.ts';
import { ecrireCii } from './ecrire-cii.ts';
import { ecrireUbl } from './ecrire-ubl.ts';
import { genererFacturX } from './generer-factur-x.ts';

async function relire(octets: Uint8Array) {
  const resultat = await lireFacture(octets);
  if (!resultat.ok) throw new Error(`${resultat.erreur.code} : ${resultat.erreur.message}`);
  return resultat.lecture;
}

const encoder = (texte: string): Uint8Array => new TextEncoder().encode(texte);

describe('genererFacturX', () => {
  it('produit un Factur-X EN 16931 relu à l’identique, champ par champ', async () => {
    const facture = factureExemple();
    const lecture = await relire(await genererFacturX(facture));
    expect(lecture.format).toBe('factur-x');
    expect(lecture.profil).toBe('EN 16931');
    expect(lecture.facture).toEqual(facture);
    expect(lecture.avertissements).toEqual([]);
    expect(validerFacture(lecture.facture ?? facture)).toEqual([]);
  });

  it('déclare factur-x.xml (Data) dans /AF et le profil dans le XMP PDF/A-3B', async () => {
    const octets = await genererFacturX(factureExemple(), { date: new Date('2026-04-01T10:00:00Z') });
    const { pdf } = await relire(octets);
    expect(pdf?.fichierXml).toBe('factur-x.xml');
    expect(pdf?.relation).toBe('Data');
    expect(pdf?.xmp).toEqual({
      espaceNoms: 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#',
      typeDocument: 'INVOICE',
      nomFichier: 'factur-x.xml',
      version: '1.0',
      niveauConformite: 'EN 16931',
      pdfaPartie: '3',
      pdfaConformite: 'B',
    });
    const doc = await PDFDocument.load(octets);
    const af = doc.catalog.lookup(PDFName.of('AF'), PDFArray);
    expect(af.size()).toBe(1);
    expect(af.lookup(0, PDFDict).lookup(PDFName.of('AFRelationship'))).toEqual(PDFName.of('Data'));
    expect(doc.getTitle()).toBe('Facture FA-2026-0042');
  });

  it('pagine les factures longues', async () => {
    const facture = factureExemple();
    facture.lignes = Array.from({ length: 120 }, (_, i) =>
      ligneExemple({
        id: String(i + 1),
        nom: `Article numéro ${i + 1} au libellé volontairement très long pour tester la coupe`,
        montantNet: '1',
      }),
    );
    const octets = await genererFacturX(facture);
    expect((await PDFDocument.load(octets)).getPageCount()).toBeGreaterThan(2);
    expect((await relire(octets)).facture?.lignes).toHaveLength(120);
  });

  it('tient compte d’un avoir et des caractères hors WinAnsi', async () => {
    const avoir = avoirExemple();
    avoir.acheteur.nom = 'Łódź Ōsaka 東京';
    expect((await relire(await genererFacturX(avoir))).facture).toEqual(avoir);
  });
});

describe('ecrireCii / ecrireUbl', () => {
  it.each([
    ['facture', factureExemple()],
    ['avoir', avoirExemple()],
  ])('CII : %s relue à l’identique', async (_, facture) => {
    const lecture = await relire(encoder(ecrireCii(facture)));
    expect(lecture.format).toBe('cii');
    expect(lecture.facture).toEqual(facture);
  });

  it.each([
    ['facture', factureExemple(), 'ubl-invoice'],
    ['avoir', avoirExemple(), 'ubl-creditnote'],
  ])('UBL : %s relue à l’identique', async (_, facture, format) => {
    const lecture = await relire(encoder(ecrireUbl(facture)));
    expect(lecture.format).toBe(format);
    expect(lecture.facture).toEqual(facture);
  });

  it('échappe le texte et garde les montants exacts', () => {
    const xml = ecrireCii(factureExemple());
    expect(xml).toContain('&amp; "retard"');
    expect(xml).toContain('<ram:DuePayableAmount>892.71</ram:DuePayableAmount>');
    expect(xml).toContain('<ram:TaxTotalAmount currencyID="EUR">156.21</ram:TaxTotalAmount>');
  });
});
