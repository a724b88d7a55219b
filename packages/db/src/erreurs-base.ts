/**
 * What a database error means for the caller, read from Prisma's errors over the pg adapter:
 * the database cannot serve now (down, restarting, connections cut, pool or transaction slots
 * all taken), or it refused a value no valid request carries (NUL byte, integer out of range).
 */
export type CauseErreurBase = 'INDISPONIBLE' | 'VALEUR_REFUSEE';

/** Prisma codes: P1001 unreachable, P1002 timed out, P1017 connection closed, P2024 pool timeout, P2028 transaction slot not obtained or expired. */
const CODES_PRISMA_INDISPONIBLE = new Set(['P1001', 'P1002', 'P1017', 'P2024', 'P2028']);
/** Kinds the pg adapter gives to connection failures. */
const GENRES_INDISPONIBLE = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
/** SQLSTATE classes 08 (connection), 53 (insufficient resources), 57P (server shutting down or starting). */
const SQLSTATE_INDISPONIBLE = /^(08|53|57P)/;
/** SQLSTATE 22021 (invalid byte, e.g. NUL in text), 22003 (numeric out of range), 22P05 (untranslatable character). */
const SQLSTATE_VALEUR_REFUSEE = new Set(['22021', '22003', '22P05']);
/** node-postgres raises these without a code: pool wait exceeded, connection lost. */
const MESSAGES_POOL = /^(timeout exceeded when trying to connect|Connection terminated)/;

interface ErreurPrisma {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } };
  cause?: unknown;
}

export function causeErreurBase(erreur: unknown): CauseErreurBase | null {
  for (let e = erreur as ErreurPrisma | undefined, profondeur = 0; e && profondeur < 5; profondeur++) {
    const cause = e.meta?.driverAdapterError?.cause;
    const sqlstate = String(cause?.originalCode ?? cause?.code ?? '');
    if (SQLSTATE_VALEUR_REFUSEE.has(sqlstate) || cause?.kind === 'ValueOutOfRange') return 'VALEUR_REFUSEE';
    if (
      CODES_PRISMA_INDISPONIBLE.has(String(e.code)) ||
      GENRES_INDISPONIBLE.has(String(cause?.kind)) ||
      SQLSTATE_INDISPONIBLE.test(sqlstate) ||
      MESSAGES_POOL.test(String(e.message))
    ) {
      return 'INDISPONIBLE';
    }
    e = e.cause as ErreurPrisma | undefined;
  }

  return null;
}
