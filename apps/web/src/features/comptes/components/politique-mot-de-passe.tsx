import { LONGUEUR_MINIMALE_MOT_DE_PASSE } from '@choral/contracts';

/** The password policy, shown next to every field where a new password is chosen. */
export function PolitiqueMotDePasse() {
  return (
    <>
      Votre mot de passe doit :
      <ul className="bullet-list field__hint-list">
        <li>
          comporter au moins {LONGUEUR_MINIMALE_MOT_DE_PASSE} caractères (une phrase de passe convient très
          bien) ;
        </li>
        <li>ne pas contenir votre adresse électronique ;</li>
        <li>ne pas être un mot de passe courant, une répétition ou une suite simple (123456, abcdef).</li>
      </ul>
    </>
  );
}
