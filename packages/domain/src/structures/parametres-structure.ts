/**
 * Parameters of a public (recipient) structure that drive deposit checks and
 * what the supplier sees (`structures/v1/consulter` → `parametres`).
 */
export interface ParametresStructure {
  /** "Code service obligatoire": the invoice must name a service of the structure. */
  codeServiceDoitEtreRenseigne: boolean;
  /** "Numéro d'engagement obligatoire": the invoice must carry an engagement (EJ) number. */
  numeroEJDoitEtreRenseigne: boolean;
  /** "Code service OU numéro d'engagement": at least one of the two; overrides the two flags above. */
  gestionNumeroEJOuCodeService: boolean;
  /** The supplier is not told when the invoice reaches MISE_EN_PAIEMENT. */
  statutMiseEnPaiementNestPasRemonte: boolean;
}

/** A new structure requires nothing and reports every status. */
export const PARAMETRES_STRUCTURE_PAR_DEFAUT: Readonly<ParametresStructure> = {
  codeServiceDoitEtreRenseigne: false,
  numeroEJDoitEtreRenseigne: false,
  gestionNumeroEJOuCodeService: false,
  statutMiseEnPaiementNestPasRemonte: false,
};

/**
 * Code of the service every public structure has, reserved for invoices
 * between public entities: a private supplier may not address it.
 */
export const CODE_SERVICE_FACTURES_PUBLIQUES = 'FACTURES_PUBLIQUES';

export const LIBELLE_SERVICE_FACTURES_PUBLIQUES = 'Service des factures publiques';
