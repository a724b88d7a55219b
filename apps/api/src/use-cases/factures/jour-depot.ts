// Built once: creating an Intl.DateTimeFormat costs far more than formatting with it.
const JOUR_EN_FRANCE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });

/** Today's date in France (YYYY-MM-DD): deposit days and invoice dates are French calendar days. */
export function jourDepot(maintenant: Date = new Date()): string {
  return JOUR_EN_FRANCE.format(maintenant);
}
