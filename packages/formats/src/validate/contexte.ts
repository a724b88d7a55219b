import type { FactureNormalisee, LigneFacture } from '@choral/domain/facture';
import { type Profil, profilDepuisSpecification, profilSansLignes } from '../profil.ts';
import type { Constats } from './constat.ts';

/** What every rule family receives. */
export interface ContexteValidation {
  facture: FactureNormalisee;
  profil: Profil | null;
  /** MINIMUM and BASIC WL carry no lines: line, breakdown-sum and BR-CO-16 rules are relaxed. */
  sansLignes: boolean;
  /** Lines that carry amounts: EXTENDED GROUP lines repeat their DETAIL lines, INFORMATION lines count for nothing. */
  lignesComptables: { ligne: LigneFacture; emplacement: string }[];
  constats: Constats;
}

export function creerContexte(facture: FactureNormalisee, constats: Constats): ContexteValidation {
  const profil = profilDepuisSpecification(facture.specification);
  return {
    facture,
    profil,
    sansLignes: profilSansLignes(profil),
    lignesComptables: facture.lignes
      .map((ligne, i) => ({ ligne, emplacement: `/facture/lignes[${i + 1}]` }))
      .filter(({ ligne }) => ligne.statut !== 'GROUP' && ligne.statut !== 'INFORMATION'),
    constats,
  };
}
