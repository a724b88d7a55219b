import type { APIRequestContext } from '@playwright/test';
import { siretUnique } from './luhn.ts';

type Envoyer = (path: string, data: unknown) => Promise<unknown>;

/** The demo commune every rattachement test asks to join, with its services. */
export async function communeDeVilledemo(request: APIRequestContext) {
  const reponse = await request.get('/api/structures/recherche', { params: { q: 'Villedémo' } });
  const { structures } = (await reponse.json()) as {
    structures: { id: number; raisonSociale: string; services: { id: number; code: string }[] }[];
  };
  const commune = structures.find((s) => s.raisonSociale === 'Commune de Villedémo');
  if (!commune) throw new Error('Commune de Villedémo absente des données de démonstration.');
  return commune;
}

/** Creates a supplier structure (unique SIRET) as the signed-in user of `envoyer`. */
export async function creerStructure(envoyer: Envoyer, raisonSociale: string): Promise<{ id: number }> {
  return (await envoyer('/api/structures', {
    typeIdentifiant: 'SIRET',
    identifiant: siretUnique(),
    raisonSociale,
    adresse: '2 rue des Essais',
    codePostal: '75011',
    ville: 'Paris',
  })) as { id: number };
}
