/**
 * pdf.js, loaded only when a PDF is shown (its own chunks, worker included): the rest of the
 * portal does not download it.
 */
export async function ouvrirPdf(url: string) {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // The loading task: its `promise` gives the document, `destroy()` stops everything.
  return pdfjs.getDocument({ url, withCredentials: true });
}
