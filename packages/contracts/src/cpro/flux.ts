import { z } from 'zod';
import { EnveloppeCproSchema } from './enveloppe.ts';

const Texte = z.string().trim();

/** `deposer/flux`: one invoice file or a `.zip` / `.tar.gz` batch, base64, with its syntax. */
export const DeposerFluxRequeteSchema = z.object({
  fichierFlux: z.string().min(1),
  nomFichier: Texte.min(1).max(200),
  syntaxeFlux: Texte.min(1),
  avecSignature: z.boolean().nullish(),
});
export const DeposerFluxReponseSchema = EnveloppeCproSchema.extend({
  numeroFluxDepot: z.string(),
  dateDepot: z.string(),
  syntaxeFlux: z.string(),
});

export const ConsulterCRRequeteSchema = z.object({
  numeroFluxDepot: Texte.min(1),
  dateDepot: z.string().nullish(),
  syntaxeFlux: z.string().nullish(),
});
export const ConsulterCRReponseSchema = EnveloppeCproSchema.extend({
  numeroFluxDepot: z.string(),
  etatCourantFlux: z.string(),
  dateDepotFlux: z.string(),
  dateHeureEtatCourantFlux: z.string(),
  codeInterfaceFlux: z.string(),
  nomFichierFlux: z.string(),
  /** The compte rendu as a PDF, base64. */
  fichierCR: z.string(),
});

export const ErreurDpSchema = z.object({
  identifiantFournisseur: z.string().nullable(),
  identifiantDestinataire: z.string().nullable(),
  numeroDP: z.string().nullable(),
  libelleErreurDP: z.string(),
});
export type ErreurDp = z.infer<typeof ErreurDpSchema>;
export const ErreurTechniqueSchema = z.object({
  codeErreur: z.string(),
  libelleErreur: z.string(),
  natureErreur: z.string(),
});
export type ErreurTechnique = z.infer<typeof ErreurTechniqueSchema>;

export const ConsulterCRDetailleRequeteSchema = z.object({
  numeroFluxDepot: Texte.min(1),
  syntaxeFlux: z.string().nullish(),
});
export const ConsulterCRDetailleReponseSchema = EnveloppeCproSchema.extend({
  numeroFluxDepot: z.string(),
  etatCourantDepotFlux: z.string(),
  codeInterfaceDepotFlux: z.string(),
  dateDepotFlux: z.string(),
  dateHeureEtatCourantFlux: z.string(),
  nomFichier: z.string(),
  listeErreurDP: z.array(ErreurDpSchema),
  listeErreurTechnique: z.array(ErreurTechniqueSchema),
});
