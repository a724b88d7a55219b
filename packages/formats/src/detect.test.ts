import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { detecterFormat } from './detect.ts';
import { ecrireCii } from './generate/ecrire-cii.ts';
import { ecrireUbl } from './generate/ecrire-ubl.ts';
import { genererFacturX } from './generate/generer-factur-x.ts';
import { avoirExemple, factureExemple } from './test-support/facture-exemple.ts';

const encoder = (texte: string): Uint8Array => new TextEncoder().encode(texte);

async function detection(octets: Uint8Array) {
  const resultat = await detecterFormat(octets);
  if (!resultat.ok) throw new Error(resultat.erreur.message);
  return resultat.detection;
}

async function pdfSimple(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Facture papier');
  return doc.save();
}

describe('detecterFormat', () => {
  it('reconnaît le contenu, pas le nom : CII, UBL Invoice, UBL CreditNote, Factur-X, PDF simple', async () => {
    expect(await detection(encoder(ecrireCii(factureExemple())))).toMatchObject({
      format: 'cii',
      profil: 'EN 16931',
      pdf: null,
    });
    expect(await detection(encoder(ecrireUbl(factureExemple())))).toMatchObject({
      format: 'ubl-invoice',
      syntaxe: 'ubl-invoice',
    });
    expect(await detection(encoder(ecrireUbl(avoirExemple())))).toMatchObject({ format: 'ubl-creditnote' });
    expect(await detection(await genererFacturX(factureExemple()))).toMatchObject({
      format: 'factur-x',
      syntaxe: 'cii',
      profil: 'EN 16931',
      specification: 'urn:cen.eu:en16931:2017',
    });
    expect(await detection(await pdfSimple())).toMatchObject({
      format: 'pdf-simple',
      profil: null,
      syntaxe: null,
    });
  });

  it('lit le profil dans BT-24, préfixes et BOM indifférents', async () => {
    const facture = {
      ...factureExemple(),
      specification: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic',
    };
    const xml = ecrireCii(facture)
      .replace(/rsm:/g, 'x:')
      .replace(/xmlns:rsm=/, 'xmlns:x=');
    const avecBom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...encoder(`<!-- commentaire -->\n${xml.replace(/^<\?xml[^>]*>\n/, '')}`),
    ]);
    expect(await detection(avecBom)).toMatchObject({ format: 'cii', profil: 'BASIC' });
  });

  it('refuse Order-X, un XML inconnu, un fichier vide ou binaire avec un code stable', async () => {
    const orderX =
      '<rsm:SCRDMCCBDACIOMessageStructure xmlns:rsm="urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100"/>';
    const cas: [Uint8Array, string][] = [
      [encoder(orderX), 'FORMAT_NON_RECONNU'],
      [encoder('<Invoice xmlns="urn:exemple"/>'), 'FORMAT_NON_RECONNU'],
      [new Uint8Array(), 'FICHIER_VIDE'],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'FORMAT_NON_RECONNU'],
    ];
    for (const [octets, code] of cas) {
      const resultat = await detecterFormat(octets);
      expect(resultat).toMatchObject({ ok: false, erreur: { code } });
      if (!resultat.ok) expect(resultat.erreur.message).toMatch(/[a-zé]/);
    }
  });
});
