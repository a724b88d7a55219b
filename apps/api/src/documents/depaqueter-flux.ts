import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { extract } from 'tar-stream';

/** One file of a flux: a batch's entry, or the flux itself. */
export interface EntreeFlux {
  nom: string;
  octets: Buffer;
}

/** A batch Choral cannot open: its French reason goes to the compte rendu. */
export class FluxIllisible extends Error {
  override name = 'FluxIllisible';
}

/** Most invoices one batch may hold, and most bytes once unpacked (a zip bomb stops here). */
export const ENTREES_MAX_FLUX = 1000;
export const OCTETS_MAX_DEPAQUETES = 200 * 1024 * 1024;

const estZip = (o: Buffer) => o.length > 4 && o.readUInt32LE(0) === 0x04034b50;
const estGzip = (o: Buffer) => o.length > 2 && o[0] === 0x1f && o[1] === 0x8b;
const estTar = (o: Buffer) => o.length > 262 && o.toString('latin1', 257, 262) === 'ustar';

/** Whether the bytes are a batch this module unpacks (.zip, .tar, or gzip-compressed). */
export const estArchive = (o: Buffer): boolean => estZip(o) || estGzip(o) || estTar(o);
/** Archive noise that is not an invoice: folders, macOS resource forks, hidden files. */
const ignoree = (nom: string) =>
  nom.endsWith('/') || nom.split('/').some((p) => p.startsWith('.') || p === '__MACOSX');

/**
 * The invoices of a flux: the entries of a `.zip`, a `.tar` or a `.tar.gz` batch in their
 * order, or the file itself. Sizes are bounded before anything is inflated in full.
 */
export async function depaqueterFlux(nomFichier: string, octets: Buffer): Promise<EntreeFlux[]> {
  if (estZip(octets)) return depaqueterZip(octets);
  if (estGzip(octets)) {
    let brut: Buffer;
    try {
      brut = gunzipSync(octets, { maxOutputLength: OCTETS_MAX_DEPAQUETES });
    } catch {
      throw new FluxIllisible('Archive gzip illisible ou trop volumineuse une fois décompressée.');
    }
    if (estTar(brut)) return depaqueterTar(brut);

    return [{ nom: nomFichier.replace(/\.gz$/i, ''), octets: brut }];
  }
  if (estTar(octets)) return depaqueterTar(octets);

  return [{ nom: nomFichier, octets }];
}

function depaqueterZip(octets: Buffer): EntreeFlux[] {
  let total = 0;
  let nombre = 0;
  try {
    const fichiers = unzipSync(octets, {
      // Declared sizes checked before inflating: a bomb is refused, not unpacked.
      filter: (f) => {
        if (ignoree(f.name)) return false;
        total += f.originalSize;
        nombre += 1;
        if (total > OCTETS_MAX_DEPAQUETES || nombre > ENTREES_MAX_FLUX) throw new FluxIllisible(tropGros());

        return true;
      },
    });

    return Object.entries(fichiers).map(([nom, contenu]) => ({ nom, octets: Buffer.from(contenu) }));
  } catch (error) {
    if (error instanceof FluxIllisible) throw error;
    throw new FluxIllisible('Archive zip illisible.');
  }
}

async function depaqueterTar(octets: Buffer): Promise<EntreeFlux[]> {
  const entrees: EntreeFlux[] = [];
  const lecteur = extract();
  let total = 0;
  const fin = new Promise<void>((resolve, reject) => {
    lecteur.on('entry', (entete, flux, suivant) => {
      const morceaux: Buffer[] = [];
      flux.on('data', (m: unknown) => {
        const morceau = m as Buffer;
        total += morceau.length;
        morceaux.push(morceau);
      });
      flux.on('end', () => {
        if (entete.type === 'file' && !ignoree(entete.name))
          entrees.push({ nom: entete.name, octets: Buffer.concat(morceaux) });
        if (entrees.length > ENTREES_MAX_FLUX || total > OCTETS_MAX_DEPAQUETES) {
          reject(new FluxIllisible(tropGros()));
          lecteur.destroy();
          return;
        }
        suivant();
      });
      flux.resume();
    });
    lecteur.on('finish', resolve);
    lecteur.on('error', () => reject(new FluxIllisible('Archive tar illisible.')));
  });
  lecteur.end(octets);
  await fin;

  return entrees;
}

function tropGros(): string {
  return `Lot trop volumineux : au plus ${ENTREES_MAX_FLUX} factures et ${OCTETS_MAX_DEPAQUETES / 1024 / 1024} Mo une fois décompressé.`;
}
