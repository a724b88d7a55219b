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

const montants = new Map<string, Intl.NumberFormat>();

/**
 * A decimal string from the API (« 1234.50 ») as « 1 234,50 € »: formatted from the string
 * itself, never through a float, so that the figures shown are the ones stored.
 */
export function formaterMontant(valeur: string, devise = 'EUR'): string {
  let format = montants.get(devise);
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: devise });
    montants.set(devise, format);
  }
  return format.format(valeur as Intl.StringNumericLiteral);
}

/** A file size as « 12,5 Ko », « 3,2 Mo ». */
export function formaterTaille(octets: number): string {
  if (octets < 1024) return `${octets} octets`;
  const [valeur, unite] = octets < 1024 * 1024 ? [octets / 1024, 'Ko'] : [octets / (1024 * 1024), 'Mo'];
  return `${valeur.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} ${unite}`;
}
