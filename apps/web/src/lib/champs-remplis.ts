/** A filter form's filled fields, trimmed: the empty ones filter nothing and stay out of the URL. */
export function champsRemplis(formulaire: HTMLFormElement): Record<string, string> {
  const champs: Record<string, string> = {};
  for (const [nom, valeur] of new FormData(formulaire)) {
    if (typeof valeur === 'string' && valeur.trim() !== '') champs[nom] = valeur.trim();
  }

  return champs;
}
