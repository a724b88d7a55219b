// Decompression bombs for the tests: small PDFs whose streams inflate to gigabytes.
import { deflateRawSync, deflateSync, constants as zlib } from 'node:zlib';

const MO = 1024 * 1024;

/**
 * A zlib stream of `texte` followed by `tailleMo` megabytes of spaces. Deflate segments ending
 * with a sync flush (never a final block) may be concatenated, so one compressed megabyte is
 * repeated: a gigabyte bomb (about 1 MB) is made in milliseconds without ever existing inflated.
 * The stream is left unfinished, as a bomb need not end.
 */
export function zlibGonfle(texte: string, tailleMo: number): Buffer {
  const segment = (octets: Buffer) => deflateRawSync(octets, { level: 9, finishFlush: zlib.Z_SYNC_FLUSH });
  const espaces = segment(Buffer.alloc(MO, 0x20));
  return Buffer.concat([
    Buffer.from([0x78, 0xda]),
    segment(Buffer.from(texte, 'latin1')),
    ...Array.from({ length: tailleMo }, () => espaces),
  ]);
}

type Objet = string | { dict: string; flux: Buffer };

/** A PDF written object by object, with a correct cross-reference table. */
function pdfBrut(objets: Objet[]): Uint8Array {
  const morceaux: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let position = morceaux[0]?.length ?? 0;
  const positions: number[] = [];
  const ecrire = (octets: Buffer) => {
    morceaux.push(octets);
    position += octets.length;
  };
  objets.forEach((objet, i) => {
    positions.push(position);
    if (typeof objet === 'string') {
      ecrire(Buffer.from(`${i + 1} 0 obj\n${objet}\nendobj\n`, 'latin1'));
      return;
    }
    const dict = objet.dict.replace(/>>$/, ` /Length ${objet.flux.length} >>`);
    ecrire(Buffer.from(`${i + 1} 0 obj\n${dict}\nstream\n`, 'latin1'));
    ecrire(objet.flux);
    ecrire(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  });
  const xref = position;
  const entrees = positions.map((p) => `${String(p).padStart(10, '0')} 00000 n \n`).join('');
  ecrire(
    Buffer.from(
      `xref\n0 ${objets.length + 1}\n0000000000 65535 f \n${entrees}` +
        `trailer\n<< /Size ${objets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(morceaux));
}

const PAGES = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>';

/**
 * A one-page PDF with `nombre` object streams (`ObjStm`) or cross-reference streams (`XRef`),
 * each inflating to `tailleMo` MB.
 */
export function pdfBombeStructure(
  tailleMo: number,
  type: 'ObjStm' | 'XRef' = 'ObjStm',
  nombre = 1,
): Uint8Array {
  const dict =
    type === 'ObjStm'
      ? '<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>'
      : '<< /Type /XRef /Size 5 /W [1 2 1] /Root 1 0 R /Filter /FlateDecode >>';
  const flux = zlibGonfle(type === 'ObjStm' ? '9 0 ' : '', tailleMo);
  return pdfBrut([
    '<< /Type /Catalog /Pages 2 0 R >>',
    PAGES,
    PAGE,
    ...Array.from({ length: nombre }, () => ({ dict, flux })),
  ]);
}

/**
 * A one-page PDF whose object stream holds `nombre` empty dictionaries: a few megabytes that
 * pdf-lib turns into about 550 bytes of heap each (1.5 million: 830 MB).
 */
export function pdfBombeObjets(nombre: number): Uint8Array {
  const entete = `${Array.from({ length: nombre }, (_, i) => `${i + 10} ${i * 4}`).join(' ')} `;
  const dict = `<< /Type /ObjStm /N ${nombre} /First ${entete.length} /Filter /FlateDecode >>`;
  const flux = deflateSync(Buffer.from(entete + '<<>>'.repeat(nombre), 'latin1'));
  return pdfBrut(['<< /Type /Catalog /Pages 2 0 R >>', PAGES, PAGE, { dict, flux }]);
}

/** A Factur-X-shaped PDF whose factur-x.xml attachment inflates to `tailleMo` MB. */
export function pdfBombePieceJointe(tailleMo: number): Uint8Array {
  return pdfBrut([
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(factur-x.xml) 4 0 R] >> >> /AF [4 0 R] >>',
    PAGES,
    PAGE,
    '<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /AFRelationship /Data /EF << /F 5 0 R >> >>',
    {
      dict: '<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode >>',
      flux: zlibGonfle('<?xml version="1.0"?>', tailleMo),
    },
  ]);
}

/** A one-page PDF whose page content stream inflates to `tailleMo` MB (never needed to read an invoice). */
export function pdfBombeContenu(tailleMo: number): Uint8Array {
  return pdfBrut([
    '<< /Type /Catalog /Pages 2 0 R >>',
    PAGES,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    { dict: '<< /Filter /FlateDecode >>', flux: zlibGonfle('BT ET', tailleMo) },
  ]);
}
