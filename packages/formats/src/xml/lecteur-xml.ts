import type { NoeudXml } from './arbre-xml.ts';

/**
 * Path-based reading of a `NoeudXml` tree. Paths are written with the library's own
 * prefixes ("cac:Party/cbc:Name"), mapped to namespace URIs: the document's prefixes
 * never matter, only the URIs do.
 */
export interface LecteurXml {
  /** Every element reached by the path (each step fans out over repeated elements). */
  tous(depart: NoeudXml | undefined, chemin: string): NoeudXml[];
  /** First element reached by the path. */
  un(depart: NoeudXml | undefined, chemin: string): NoeudXml | undefined;
  /** Trimmed text of the first element reached, `null` when absent or empty. */
  texte(depart: NoeudXml | undefined, chemin: string): string | null;
}

interface Etape {
  ns: string;
  nom: string;
}

/** Trimmed text of an element, `null` when empty. */
export function texteNoeud(noeud: NoeudXml | undefined): string | null {
  const texte = noeud?.texte.trim();
  return texte ? texte : null;
}

/** Trimmed attribute value, `null` when absent or empty. */
export function attribut(noeud: NoeudXml | undefined, nom: string): string | null {
  const valeur = noeud?.attributs[nom]?.trim();
  return valeur ? valeur : null;
}

export function creerLecteurXml(espaces: Readonly<Record<string, string>>): LecteurXml {
  const etapesConnues = new Map<string, Etape[]>();
  const etapes = (chemin: string): Etape[] => {
    let resultat = etapesConnues.get(chemin);
    if (resultat === undefined) {
      resultat = chemin.split('/').map((segment) => {
        const [prefixe = '', nom = ''] = segment.split(':');
        const ns = espaces[prefixe];
        if (ns === undefined) throw new Error(`Préfixe inconnu dans le chemin ${chemin}`);
        return { ns, nom };
      });
      etapesConnues.set(chemin, resultat);
    }
    return resultat;
  };
  const tous = (depart: NoeudXml | undefined, chemin: string): NoeudXml[] => {
    let courants = depart === undefined ? [] : [depart];
    for (const { ns, nom } of etapes(chemin)) {
      courants = courants.flatMap((noeud) => noeud.enfants.filter((e) => e.nom === nom && e.ns === ns));
      if (courants.length === 0) break;
    }
    return courants;
  };
  const un = (depart: NoeudXml | undefined, chemin: string): NoeudXml | undefined => tous(depart, chemin)[0];
  return { tous, un, texte: (depart, chemin) => texteNoeud(un(depart, chemin)) };
}
