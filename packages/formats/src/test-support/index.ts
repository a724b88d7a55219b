// Test inputs shared with the API's tests: sample invoices and hostile PDFs.
export { pdfBombeContenu, pdfBombeObjets, pdfBombePieceJointe, pdfBombeStructure } from './bombes-pdf.ts';
export { factureExemple, factureVolumineuse, ligneExemple } from './facture-exemple.ts';
