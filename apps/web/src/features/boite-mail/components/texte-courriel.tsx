import { Link } from 'react-router';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** A link of this site opens inside the SPA; any other address is a plain link. */
function Lien({ href }: { href: string }) {
  const url = new URL(href);
  if (url.origin === window.location.origin) {
    return <Link to={`${url.pathname}${url.search}${url.hash}`}>{href}</Link>;
  }
  return <a href={href}>{href}</a>;
}

/** The plain text of an e-mail, with its addresses turned into links. */
export function TexteCourriel({ texte }: { texte: string }) {
  const parts = texte.split(URL_PATTERN);
  return (
    <p className="courriel__texte">
      {parts.map((part, index) =>
        // split() with a capture group puts the matches at odd indexes.
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move.
        index % 2 === 1 ? <Lien key={index} href={part} /> : <span key={index}>{part}</span>,
      )}
    </p>
  );
}
