/** Public or private structure (`structurePriveePublique`): only public ones receive invoices. */
export const NATURES_STRUCTURE = ['PRIVEE', 'PUBLIQUE'] as const;

export type NatureStructure = (typeof NATURES_STRUCTURE)[number];
