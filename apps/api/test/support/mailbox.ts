import type { Client } from './client.ts';

/** The newest message sent to `destinataire`, read through the development mailbox route. */
export async function dernierCourriel(
  client: Client,
  destinataire: string,
): Promise<{ sujet: string; texte: string }> {
  const res = await client.get(`/api/dev/boite-mail?destinataire=${encodeURIComponent(destinataire)}`);
  const [courriel] = res.json().courriels;
  if (!courriel) throw new Error(`Aucun courriel pour ${destinataire}`);

  return courriel;
}

/** The single-use token of the last link of a given kind e-mailed to `destinataire`. */
export async function jetonDuDernierLien(
  client: Client,
  destinataire: string,
  chemin: 'activation' | 'reinitialisation',
): Promise<string> {
  const { texte } = await dernierCourriel(client, destinataire);
  const match = texte.match(new RegExp(`/${chemin}\\?jeton=([\\w-]+)`));
  if (!match?.[1]) throw new Error(`Pas de lien /${chemin} dans : ${texte}`);

  return match[1];
}
