import { randomBytes } from 'node:crypto';
import { AFRelationship, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { CodeErreur } from './erreurs.ts';
import { ecrireCii } from './generate/ecrire-cii.ts';
import { genererFacturX } from './generate/generer-factur-x.ts';
import { lireFacture } from './lire-facture.ts';
import { pdfBombeContenu, pdfBombePieceJointe, pdfBombeStructure } from './test-support/bombes-pdf.ts';
import { factureExemple } from './test-support/facture-exemple.ts';

const encoder = (texte: string): Uint8Array => new TextEncoder().encode(texte);

async function refus(
  octets: Uint8Array,
  code: CodeErreur,
  options?: Parameters<typeof lireFacture>[1],
): Promise<string> {
  const resultat = await lireFacture(octets, options);
  expect(resultat).toMatchObject({ ok: false, erreur: { code } });
  return resultat.ok ? '' : resultat.erreur.message;
}

async function pdfAvecPieceJointe(contenu: Uint8Array, nom = 'factur-x.xml'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  await doc.attach(contenu, nom, { mimeType: 'text/xml', afRelationship: AFRelationship.Data });
  return doc.save();
}

describe('fichiers hostiles', () => {
  it('billion laughs : DOCTYPE refusé avant toute analyse', async () => {
    const entites = Array.from(
      { length: 10 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    ).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "ha">${entites}]><r>&l10;</r>`;
    expect(await refus(encoder(xml), 'XML_DANGEREUX')).toMatch(/DOCTYPE/);
  });

  it('entité externe (XXE) refusée, même glissée dans un Factur-X', async () => {
    const xxe = ecrireCii(factureExemple()).replace(
      '<rsm:CrossIndustryInvoice',
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<rsm:CrossIndustryInvoice',
    );
    await refus(encoder(xxe), 'XML_DANGEREUX');
    await refus(await pdfAvecPieceJointe(encoder(xxe)), 'XML_DANGEREUX');
  });

  it('imbrication excessive et nom __proto__ refusés', async () => {
    await refus(encoder(`<r>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</r>`), 'XML_DANGEREUX');
    await refus(encoder('<Invoice><__proto__><x>1</x></__proto__></Invoice>'), 'XML_DANGEREUX');
  });

  it('références de caractères décodées sans table d’entités', async () => {
    const xml = ecrireCii(factureExemple()).replace('Atelier Choral SARL', 'Caf&#233; &#xE9;tude &amp; Fils');
    const resultat = await lireFacture(encoder(xml));
    expect(resultat.ok && resultat.lecture.facture?.vendeur.nom).toBe('Café étude & Fils');
  });

  it('XML tronqué, UTF-8 invalide : erreurs françaises', async () => {
    const xml = ecrireCii(factureExemple());
    expect(await refus(encoder(xml.slice(0, xml.length / 2)), 'XML_MALFORME')).toMatch(/ligne \d+/);
    await refus(
      new Uint8Array([...encoder('<r>'), 0xff, 0xfe, 0xc3, ...encoder('</r>')]),
      'ENCODAGE_INVALIDE',
    );
  });

  it('UTF-16 avec BOM accepté', async () => {
    const texte = ecrireCii(factureExemple()).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(texte, 'utf16le')]);
    const resultat = await lireFacture(utf16);
    expect(resultat.ok && resultat.lecture.facture).toEqual(factureExemple());
  });

  it('PDF tronqué ou octets aléatoires déguisés en PDF', async () => {
    const pdf = await genererFacturX(factureExemple());
    expect(await refus(pdf.subarray(0, Math.floor(pdf.length * 0.6)), 'FICHIER_CORROMPU')).toMatch(/tronqué/);
    const deguise = new Uint8Array([...encoder('%PDF-1.7\n'), ...randomBytes(4096), ...encoder('\n%%EOF\n')]);
    await refus(deguise, 'FICHIER_CORROMPU');
    await refus(randomBytes(2048), 'FORMAT_NON_RECONNU');
  });

  it('PDF chiffré refusé', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.context.trailerInfo.Encrypt = doc.context.register(
      doc.context.obj({ Filter: 'Standard', V: 1, R: 2, P: -4, O: '0'.repeat(32), U: '0'.repeat(32) }),
    );
    expect(await refus(await doc.save(), 'PDF_CHIFFRE')).toMatch(/protégé/);
  });

  it('fichiers trop volumineux refusés avant analyse, limites configurables', async () => {
    const enorme = new Uint8Array(21 * 1024 * 1024).fill(0x20);
    enorme.set(encoder('<r>'), 0);
    expect(await refus(enorme, 'FICHIER_TROP_VOLUMINEUX')).toMatch(/20 Mo/);
    const pdf = await genererFacturX(factureExemple());
    await refus(pdf, 'FICHIER_TROP_VOLUMINEUX', { limites: { tailleMaxPdf: 1000 } });
  });

  it('bombe de décompression dans la pièce jointe arrêtée à la limite', async () => {
    const bombe = await pdfAvecPieceJointe(new Uint8Array(30 * 1024 * 1024).fill(0x20));
    expect(bombe.length).toBeLessThan(200_000);
    expect(await refus(bombe, 'FICHIER_TROP_VOLUMINEUX')).toMatch(/décompressé/);
  });

  it.each(['ObjStm', 'XRef'] as const)(
    'bombe de 1 Go dans un flux %s : refusée vite, décompression arrêtée au budget',
    async (type) => {
      const bombe = pdfBombeStructure(1024, type);
      expect(bombe.length).toBeLessThan(1.1 * 1024 * 1024);
      const debut = performance.now();
      expect(await refus(bombe, 'FICHIER_TROP_VOLUMINEUX')).toMatch(/structure du PDF.*32 Mo/);
      expect(performance.now() - debut).toBeLessThan(5000);
    },
  );

  it('flux d’objets : un budget pour tous les flux du PDF, réglable par appel', async () => {
    expect((await lireFacture(pdfBombeStructure(20))).ok).toBe(true);
    await refus(pdfBombeStructure(20, 'ObjStm', 2), 'FICHIER_TROP_VOLUMINEUX');
    const limites = { tailleMaxStructurePdf: 4 * 1024 * 1024 };
    expect(await refus(pdfBombeStructure(8), 'FICHIER_TROP_VOLUMINEUX', { limites })).toMatch(/4 Mo/);
  });

  it('Factur-X enregistré avec flux d’objets et flux de références : lu comme avant', async () => {
    const doc = await PDFDocument.load(await genererFacturX(factureExemple()));
    const resultat = await lireFacture(await doc.save({ useObjectStreams: true }), {
      limites: { tailleMaxStructurePdf: 64 * 1024 },
    });
    expect(resultat.ok && resultat.lecture.facture).toEqual(factureExemple());
  });

  it('bombe de 1 Go dans la pièce jointe factur-x.xml : refusée vite', async () => {
    const debut = performance.now();
    expect(await refus(pdfBombePieceJointe(1024), 'FICHIER_TROP_VOLUMINEUX')).toMatch(/décompressé/);
    expect(performance.now() - debut).toBeLessThan(5000);
  });

  it('bombe de 1 Go dans le contenu de la page : jamais décompressée pour lire la facture', async () => {
    const debut = performance.now();
    const resultat = await lireFacture(pdfBombeContenu(1024));
    expect(resultat.ok && resultat.lecture.format).toBe('pdf-simple');
    expect(performance.now() - debut).toBeLessThan(2000);
  });

  it('deux XML de facture différents dans un même PDF : refus plutôt que choix silencieux', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(encoder(ecrireCii(factureExemple())), 'factur-x.xml', {
      afRelationship: AFRelationship.Data,
    });
    await doc.attach(encoder(ecrireCii({ ...factureExemple(), numero: 'AUTRE' })), 'xrechnung.xml', {
      afRelationship: AFRelationship.Data,
    });
    await refus(await doc.save(), 'FACTURES_MULTIPLES');
  });
});
