/** Today's date in France (YYYY-MM-DD): deposit days and invoice dates are French calendar days. */
export function jourDepot(maintenant: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(maintenant);
}
