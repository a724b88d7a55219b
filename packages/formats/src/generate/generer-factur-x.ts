import type { FactureNormalisee } from '@choral/domain/facture';
import { AFRelationship, PDFDocument, PDFName } from 'pdf-lib';
import { profilDepuisSpecification } from '../profil.ts';
import { ecrireCii } from './ecrire-cii.ts';
import { dessinerFacture } from './page-facture.ts';
import { xmpFacturX } from './xmp-factur-x.ts';

const PRODUCTEUR = 'Choral (émulateur Chorus Pro)';

/** XMP conformance level of each Factur-X profile; other specifications are declared EN 16931. */
const NIVEAUX: Readonly<Record<string, string>> = {
  MINIMUM: 'MINIMUM',
  'BASIC WL': 'BASIC WL',
  BASIC: 'BASIC',
  EXTENDED: 'EXTENDED',
};

export interface OptionsGeneration {
  /** Creation date written in the PDF and its XMP (defaults to now). */
  date?: Date;
}

/**
 * Builds a Factur-X PDF from a normalized invoice: a readable French invoice (paginated),
 * the CII XML embedded as `factur-x.xml` (AFRelationship Data, listed in the catalog /AF),
 * and XMP metadata declaring PDF/A-3B and the Factur-X profile (EN 16931 unless BT-24 names
 * another Factur-X profile). Fonts are the non-embedded standard ones: close to, not
 * certified, PDF/A-3. `lireFacture` reads the result back to the same invoice.
 */
export async function genererFacturX(
  facture: FactureNormalisee,
  options: OptionsGeneration = {},
): Promise<Uint8Array> {
  const date = options.date ?? new Date();
  const titre = `${facture.type === 'avoir' ? 'Avoir' : 'Facture'} ${facture.numero ?? ''}`.trim();
  const doc = await PDFDocument.create({ updateMetadata: false });
  await dessinerFacture(doc, facture);

  await doc.attach(new TextEncoder().encode(ecrireCii(facture)), 'factur-x.xml', {
    mimeType: 'text/xml',
    description: 'Factur-X invoice',
    creationDate: date,
    modificationDate: date,
    afRelationship: AFRelationship.Data,
  });

  const profil = profilDepuisSpecification(facture.specification);
  const xmp = xmpFacturX({
    titre,
    niveauConformite: (profil !== null ? NIVEAUX[profil] : undefined) ?? 'EN 16931',
    nomFichier: 'factur-x.xml',
    date,
    producteur: PRODUCTEUR,
  });
  // PDF/A wants the metadata stream uncompressed.
  const metadonnees = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadonnees));
  doc.setTitle(titre, { showInWindowTitleBar: true });
  doc.setLanguage('fr-FR');
  doc.setProducer(PRODUCTEUR);
  doc.setCreator(PRODUCTEUR);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return doc.save({ useObjectStreams: false });
}
