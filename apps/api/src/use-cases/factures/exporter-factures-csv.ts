import type { ExportFacturesQuery, FactureResume } from '@choral/contracts';
import type { Db } from '@choral/db';
import { presenterResume } from '../../presenters/facture.ts';
import type { Perimetre } from './filtres-recherche.ts';
import { parcourirFactures } from './rechercher-factures.ts';

const DATE_HEURE = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** Every field quoted; text that a spreadsheet would run as a formula is defused with a quote. */
function champ(valeur: string | null, { texte = true } = {}): string {
  const sur = texte && valeur !== null && /^[=+\-@\t\r]/.test(valeur) ? `'${valeur}` : (valeur ?? '');

  return `"${sur.replaceAll('"', '""')}"`;
}

function jourFrancais(jour: string | null): string | null {
  return jour === null ? null : jour.split('-').reverse().join('/');
}

function instantFrancais(iso: string | null): string | null {
  return iso === null ? null : DATE_HEURE.format(new Date(iso));
}

const COLONNES: readonly [string, (f: FactureResume) => string][] = [
  ['Numéro de facture', (f) => champ(f.numero)],
  ['Numéro Chorus', (f) => champ(f.numeroPortail)],
  ['Type', (f) => champ(f.type === 'AVOIR' ? 'Avoir' : 'Facture')],
  ['Cadre', (f) => champ(f.cadre)],
  ['Fournisseur', (f) => champ(f.fournisseur)],
  ['Destinataire', (f) => champ(f.destinataire)],
  ['Service', (f) => champ(f.codeService)],
  ['Date de facture', (f) => champ(jourFrancais(f.dateFacture))],
  ['Date de dépôt', (f) => champ(instantFrancais(f.dateDepot))],
  ['Date de mise à disposition', (f) => champ(instantFrancais(f.dateMiseADisposition))],
  // French decimal comma; never defused (a credit note's amount is negative).
  ['Montant TTC', (f) => champ(f.montantTtc?.replace('.', ',') ?? null, { texte: false })],
  ['Devise', (f) => champ(f.devise)],
  ['Statut', (f) => champ(f.libelleStatut)],
];

function ligne(cellules: readonly string[]): string {
  return `${cellules.join(';')}\r\n`;
}

/**
 * The search's rows as CSV for a spreadsheet (UTF-8 with BOM, `;`, decimal commas, quoted
 * fields), produced batch by batch as the reader consumes them: an export of any size holds one
 * batch in memory.
 */
export async function* exporterFacturesCsv(
  db: Db,
  perimetre: Perimetre,
  q: ExportFacturesQuery,
): AsyncGenerator<string> {
  yield `\uFEFF${ligne(COLONNES.map(([titre]) => champ(titre)))}`;
  for await (const lot of parcourirFactures(db, perimetre, q)) {
    yield lot
      .map((f) => {
        const resume = presenterResume(f, perimetre.cote);

        return ligne(COLONNES.map(([, valeur]) => valeur(resume)));
      })
      .join('');
  }
}
