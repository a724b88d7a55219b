import type { PaginationCpro, ParametresRetour } from '@choral/contracts';

/** Chorus Pro's default page size. */
const TAILLE_PAR_DEFAUT = 10;

export interface Page {
  page: number;
  taille: number;
  skip: number;
}

/** The requested page of any paging container (pages count from 1). */
export function pageDemandee(p: PaginationCpro): Page {
  const taille = p?.nbResultatsParPage ?? TAILLE_PAR_DEFAUT;
  const page = p?.pageResultatDemandee ?? 1;

  return { page, taille, skip: (page - 1) * taille };
}

export function parametresRetour(total: number, { page, taille }: Page): ParametresRetour {
  return { pageCourante: page, pages: Math.ceil(total / taille), nbResultatsParPage: taille, total };
}

/** One page of an in-memory list, with its `parametresRetour`. */
export function paginer<T>(
  liste: T[],
  p: PaginationCpro,
): { elements: T[]; parametresRetour: ParametresRetour } {
  const page = pageDemandee(p);

  return {
    elements: liste.slice(page.skip, page.skip + page.taille),
    parametresRetour: parametresRetour(liste.length, page),
  };
}
