/** A small element tree for writing XML: optional parts are dropped when empty. */
export interface ElementXml {
  nom: string;
  attributs: Readonly<Record<string, string>>;
  enfants: ElementXml[];
  texte: string | null;
}

type Attributs = Readonly<Record<string, string | null | undefined>>;
type Enfants = readonly (ElementXml | null | undefined)[];

function attributsDefinis(attributs: Attributs): Record<string, string> {
  const resultat: Record<string, string> = {};
  for (const [nom, valeur] of Object.entries(attributs)) if (valeur != null) resultat[nom] = valeur;
  return resultat;
}

/** Text element, or `null` (omitted) when the value is absent. */
export function feuille(
  nom: string,
  texte: string | null | undefined,
  attributs: Attributs = {},
): ElementXml | null {
  return texte == null ? null : { nom, attributs: attributsDefinis(attributs), enfants: [], texte };
}

/** Group element, or `null` (omitted) when none of its children is present. */
export function groupe(nom: string, enfants: Enfants, attributs: Attributs = {}): ElementXml | null {
  const presents = enfants.filter((e): e is ElementXml => e != null);
  return presents.length === 0
    ? null
    : { nom, attributs: attributsDefinis(attributs), enfants: presents, texte: null };
}

/** Group element written even when empty (mandatory containers, explicit empty groups). */
export function conteneur(nom: string, enfants: Enfants, attributs: Attributs = {}): ElementXml {
  return {
    nom,
    attributs: attributsDefinis(attributs),
    enfants: enfants.filter((e): e is ElementXml => e != null),
    texte: null,
  };
}

function echapper(texte: string, attribut: boolean): string {
  const base = texte.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribut
    ? base.replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
    : base.replace(/\r/g, '&#13;');
}

function ecrire(element: ElementXml, indentation: string, sortie: string[]): void {
  const attributs = Object.entries(element.attributs)
    .map(([nom, valeur]) => ` ${nom}="${echapper(valeur, true)}"`)
    .join('');
  if (element.texte !== null) {
    sortie.push(
      `${indentation}<${element.nom}${attributs}>${echapper(element.texte, false)}</${element.nom}>`,
    );
  } else if (element.enfants.length === 0) {
    sortie.push(`${indentation}<${element.nom}${attributs}/>`);
  } else {
    sortie.push(`${indentation}<${element.nom}${attributs}>`);
    for (const enfant of element.enfants) ecrire(enfant, `${indentation}  `, sortie);
    sortie.push(`${indentation}</${element.nom}>`);
  }
}

/** UTF-8 XML document with declaration, two-space indentation. */
export function serialiserXml(racine: ElementXml): string {
  const sortie = ['<?xml version="1.0" encoding="UTF-8"?>'];
  ecrire(racine, '', sortie);
  return `${sortie.join('\n')}\n`;
}
