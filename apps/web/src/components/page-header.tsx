import { useDocumentTitle } from '../lib/use-document-title';

type PageHeaderProps = {
  title: string;
  /** One line telling what the page holds. */
  lead?: string;
  /** Title of the document (« <documentTitle> — Choral »), when it differs from the heading. */
  documentTitle?: string;
};

/** The page's single `<h1>`, focused after each navigation (see `useFocusOnNavigation`). */
export function PageHeader({ title, lead, documentTitle }: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className="page-header">
      <h1 className="page-header__title" tabIndex={-1}>
        {title}
      </h1>
      {lead ? <p className="page-header__lead">{lead}</p> : null}
    </div>
  );
}
