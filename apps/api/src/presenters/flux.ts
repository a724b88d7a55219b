import type { ErreurDp, ErreurTechnique, FluxDetail, FluxResume } from '@choral/contracts';
import type { Flux } from '@choral/db';
import { LIBELLES_STATUT_FACTURE } from '@choral/domain/cycle-de-vie';
import {
  type CanalFlux,
  ETATS_FLUX_FINAUX,
  estSyntaxeFlux,
  LIBELLES_CANAL_FLUX,
  LIBELLES_ETAT_FLUX,
  libelleSyntaxeFlux,
  SYNTAXES_FLUX,
} from '@choral/domain/flux';
import type { ErreurDpRang } from '../use-cases/flux/integrer-flux.ts';
import type { FluxDetaille } from '../use-cases/flux/trouver-flux.ts';

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

/** A row of « Suivi des flux »: the flux, its state in words, and its invoices integrated or refused. */
export function presenterFlux(flux: Flux, facturesIntegrees: number): FluxResume {
  const canal = flux.canal as CanalFlux;

  return {
    id: flux.id,
    numero: flux.numero,
    dateDepot: flux.dateDepot.toISOString(),
    nomFichier: flux.nomFichier,
    syntaxe: flux.syntaxe,
    libelleSyntaxe: libelleSyntaxeFlux(flux.syntaxe),
    canal,
    libelleCanal: LIBELLES_CANAL_FLUX[canal],
    etat: flux.etat,
    libelleEtat: LIBELLES_ETAT_FLUX[flux.etat],
    dateEtat: flux.dateEtat.toISOString(),
    termine: ETATS_FLUX_FINAUX.has(flux.etat),
    nombreFactures: flux.nombreFactures,
    facturesIntegrees,
    facturesRejetees: (flux.erreursDp as ErreurDpRang[]).length,
  };
}

/** One flux in the portal: its errors in French and the invoices it integrated. */
export function presenterFluxDetaille(flux: FluxDetaille): FluxDetail {
  return {
    ...presenterFlux(flux, flux.factures.length),
    structure: { id: flux.structureId, ...flux.structure },
    erreursDp: erreursDpPubliques(flux),
    erreursTechniques: flux.erreursTechniques as ErreurTechnique[],
    factures: flux.factures.map((f) => ({
      id: f.id,
      numero: f.numero,
      statut: f.statutFournisseur,
      libelleStatut: LIBELLES_STATUT_FACTURE[f.statutFournisseur],
    })),
  };
}
