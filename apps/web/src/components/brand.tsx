import { Link } from 'react-router';
import { paths } from '../config/paths';

/** Choral's own wordmark (no State symbol), linking back home. */
export function Brand() {
  return (
    <Link className="brand" to={paths.home.href()}>
      <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path
          d="M21.5 10.6A7.5 7.5 0 1 0 21.5 21.4"
          fill="none"
          stroke="#fff"
          strokeWidth="3.2"
          strokeLinecap="round"
        />
        <circle cx="22.6" cy="16" r="2.2" fill="#f2b84b" />
      </svg>
      <span className="brand__text">
        <span className="brand__name">Choral</span>
        <span className="brand__tagline">Émulateur Chorus Pro</span>
      </span>
      <span className="visually-hidden">, retour à l’accueil</span>
    </Link>
  );
}
