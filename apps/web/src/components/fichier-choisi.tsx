import { formaterTaille } from '../lib/format';

/** The end of a file field's hint once a file is chosen: its name and size, on a line of their own. */
export function FichierChoisi({ fichier }: { fichier: File | null }) {
  if (!fichier) return null;

  return (
    <>
      <br />
      Fichier choisi : {fichier.name}, {formaterTaille(fichier.size)}.
    </>
  );
}
