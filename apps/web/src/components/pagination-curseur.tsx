import { Link } from 'react-router';

/**
 * « Première page » / « Page suivante » of a keyset-paged list: the query strings of those pages,
 * or null where there is none (already on the first page, or on the last).
 */
export function PaginationCurseur({
  premiere,
  suivante,
}: {
  premiere: string | null;
  suivante: string | null;
}) {
  return (
    <>
      {premiere !== null ? (
        <Link className="button button--secondary" to={{ search: premiere }}>
          Première page
        </Link>
      ) : null}
      {suivante !== null ? (
        <Link className="button button--secondary" to={{ search: suivante }}>
          Page suivante
        </Link>
      ) : null}
    </>
  );
}
