/**
 * A refusal at the gateway, before any business code: 401 for the token, 403 for cpro-account.
 * Answered with a short JSON body, as PISTE does, never with the codeRetour envelope.
 */
export class RefusPasserelle extends Error {
  override name = 'RefusPasserelle';
  readonly status: 401 | 403;
  readonly erreur: string;

  constructor(status: 401 | 403, erreur: string, description: string) {
    super(description);
    this.status = status;
    this.erreur = erreur;
  }
}
