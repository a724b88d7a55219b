// Benchmark: files per second for detect + extract + parse + validate over the public corpus,
// Choral's @choral/formats against factur-x-kit on the same files, each scored against the
// manifest. Run from the repository root: `node bench/formats/run.ts [passes]`.
import type { FactureNormalisee } from '@choral/domain/facture';
import { lireFacture, validerFacture } from '@choral/formats';
import { comparerValeurs, type EntreeManifeste, valeursDepuisFacture } from '@choral/formats/manifeste';
import { FacturX } from 'factur-x-kit';
import { corpusPresent, DOSSIER_CORPUS, fichierCorpus, manifesteCorpus } from '../../test-support/corpus.ts';
import { factureDepuisFacturXKit } from './adapter-factur-x-kit.ts';

if (!corpusPresent()) {
  console.error(`Corpus introuvable (${DOSSIER_CORPUS}) : benchmark impossible.`);
  process.exit(1);
}
const passes = Number(process.argv[2] ?? 20);
const manifeste = manifesteCorpus<EntreeManifeste>();
const fichiers = manifeste.map((entree) => ({
  entree,
  octets: new Uint8Array(fichierCorpus(entree.path)),
}));

/** One library's pipeline: the invoice it read (or null), never throwing. */
type Lecteur = (octets: Uint8Array, entree: EntreeManifeste) => Promise<FactureNormalisee | null>;

const choral: Lecteur = async (octets) => {
  const resultat = await lireFacture(octets);
  if (!resultat.ok || resultat.lecture.facture === null) return null;
  validerFacture(resultat.lecture.facture);
  return resultat.lecture.facture;
};

// factur-x-kit reads a PDF with fromPDF and an XML with fromXML (a Buffer); its own detection
// is by entry point, so the file kind is told from the first bytes, as a caller would.
const facturXKit: Lecteur = async (octets) => {
  try {
    const estPdf = Buffer.from(octets.subarray(0, 1024)).includes('%PDF-');
    const instance = estPdf ? await FacturX.fromPDF(octets) : await FacturX.fromXML(Buffer.from(octets));
    instance.validate();
    return factureDepuisFacturXKit(instance.object);
  } catch {
    return null;
  }
};

async function mesurer(nom: string, lecteur: Lecteur) {
  let attendus = 0;
  let concordants = 0;
  let lus = 0;
  for (const { entree, octets } of fichiers) {
    const facture = await lecteur(octets, entree);
    if (entree.expected === null) {
      if (facture === null) lus++;
      continue;
    }
    if (facture !== null) lus++;
    const comparaison = comparerValeurs(
      entree.expected,
      facture === null ? null : valeursDepuisFacture(facture),
    );
    attendus += comparaison.attendus;
    concordants += comparaison.concordants;
  }
  const debut = performance.now();
  for (let passe = 0; passe < passes; passe++) {
    for (const { entree, octets } of fichiers) await lecteur(octets, entree);
  }
  const secondes = (performance.now() - debut) / 1000;
  return { nom, fichiersParSeconde: (fichiers.length * passes) / secondes, lus, attendus, concordants };
}

// factur-x-kit prints its zod errors and EXTENDED warnings: both runs are silenced alike so
// that console output is not part of the timing.
const { log, warn } = console;
console.log = console.warn = () => {};
const resultats = [await mesurer('@choral/formats', choral), await mesurer('factur-x-kit 0.3.1', facturXKit)];
Object.assign(console, { log, warn });

console.log(
  `Corpus : ${fichiers.length} fichiers, ${passes} passes mesurées après une passe de contrôle, Node ${process.version}.`,
);
console.log('| bibliothèque | fichiers/s | fichiers lus | valeurs justes / attendues |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of resultats) {
  const taux = ((100 * r.concordants) / r.attendus).toFixed(1);
  console.log(
    `| ${r.nom} | ${r.fichiersParSeconde.toFixed(0)} | ${r.lus} / ${fichiers.length} | ${r.concordants} / ${r.attendus} (${taux} %) |`,
  );
}
