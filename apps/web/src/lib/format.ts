const dateHeure = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});
const jour = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'UTC' });

/** « 26/11/2026 22:15 », in Paris time. */
export function formaterDateHeure(iso: string): string {
  return dateHeure.format(new Date(iso));
}

/** A calendar day (`AAAA-MM-JJ`) as « 26/11/2026 ». */
export function formaterJour(isoDate: string): string {
  return jour.format(new Date(`${isoDate}T00:00:00Z`));
}

/** « 1 demande », « 3 demandes ». */
export function pluriel(nombre: number, singulier: string, plurielForme = `${singulier}s`): string {
  return `${nombre} ${nombre > 1 ? plurielForme : singulier}`;
}
