import type { ErreurDp } from '@choral/contracts';
import { estSyntaxeFlux, SYNTAXES_FLUX } from '@choral/domain/flux';
import type { ErreurDpRang } from '../use-cases/flux/integrer-flux.ts';

/** The reception interface of a flux's syntax (FSO1100A…), as the compte rendu names it. */
export function codeInterfaceFlux(syntaxe: string): string {
  return estSyntaxeFlux(syntaxe) ? SYNTAXES_FLUX[syntaxe].interface : 'FSO0000A';
}

/** listeErreurDP as Chorus Pro gives it: the invoices' errors in their order, without our bookkeeping. */
export function erreursDpPubliques(flux: { erreursDp: unknown }): ErreurDp[] {
  return [...(flux.erreursDp as ErreurDpRang[])]
    .sort((a, b) => a.rang - b.rang)
    .map(({ rang: _rang, ...erreur }) => erreur);
}
