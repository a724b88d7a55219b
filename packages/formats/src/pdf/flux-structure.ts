import { AsyncLocalStorage } from 'node:async_hooks';
import {
  decodePDFRawStream,
  PDFName,
  PDFNumber,
  PDFObjectStreamParser,
  PDFRawStream,
  PDFXRefStreamParser,
} from 'pdf-lib';

/** What one PDF may still inflate of its object and cross-reference streams while it is opened. */
export interface BudgetStructure {
  restant: number;
  depasse: boolean;
}

const budgetCourant = new AsyncLocalStorage<BudgetStructure>();
const BLOC = 64 * 1024;
/** Outside `ouvrirAvecBudget` (e.g. a PDF opened by a test), each stream gets this much. */
const BUDGET_HORS_LECTURE = 32 * 1024 * 1024;

/**
 * The stream decoded by pdf-lib's own filters, block by block, or `null` once the budget is
 * spent: a bomb stops at the budget instead of growing one buffer to its inflated size.
 */
function decoderDansBudget(flux: PDFRawStream, budget: BudgetStructure): Uint8Array | null {
  const decodeur = decodePDFRawStream(flux);
  let taille = 0;
  for (let bloc = decodeur.getBytes(BLOC); bloc.length > 0; bloc = decodeur.getBytes(BLOC)) {
    taille += bloc.length;
    if (taille > budget.restant) return null;
  }
  budget.restant -= taille;
  decodeur.reset();
  return decodeur.getBytes(taille) as Uint8Array;
}

/** The same stream already decoded (within budget), or emptied once the budget is spent. */
function decodeDansBudget(flux: PDFRawStream): PDFRawStream {
  if (flux.dict.get(PDFName.of('Filter')) === undefined) return flux;
  const budget = budgetCourant.getStore() ?? { restant: BUDGET_HORS_LECTURE, depasse: false };
  const octets = budget.depasse ? null : decoderDansBudget(flux, budget);
  if (octets === null) budget.depasse = true;
  const dict = flux.dict.clone();
  dict.delete(PDFName.of('Filter'));
  dict.delete(PDFName.of('DecodeParms'));
  // An emptied object stream declares no objects, so pdf-lib moves on without a warning.
  if (octets === null) dict.set(PDFName.of('N'), PDFNumber.of(0));
  return PDFRawStream.of(dict, octets ?? new Uint8Array(0));
}

// pdf-lib inflates object and cross-reference streams while it parses, without any limit, and
// swallows errors thrown there: its two parsers get streams decoded within the budget instead,
// and the budget records the overrun for `ouvrirAvecBudget`.
const analyseurObjets = PDFObjectStreamParser.forStream;
PDFObjectStreamParser.forStream = (flux, attendre) => analyseurObjets(decodeDansBudget(flux), attendre);
const analyseurXref = PDFXRefStreamParser.forStream;
PDFXRefStreamParser.forStream = (flux) => analyseurXref(decodeDansBudget(flux));

/**
 * Runs `ouvrir` (a `PDFDocument.load`) with `tailleMax` bytes to inflate for the document's
 * object and cross-reference streams together. Returns whether they fitted.
 */
export async function ouvrirAvecBudget<T>(
  tailleMax: number,
  ouvrir: () => Promise<T>,
): Promise<{ resultat: T; depasse: boolean }> {
  const budget: BudgetStructure = { restant: tailleMax, depasse: false };
  const resultat = await budgetCourant.run(budget, ouvrir);
  return { resultat, depasse: budget.depasse };
}
