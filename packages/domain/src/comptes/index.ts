export { normaliserEmail, validerEmail } from './email.ts';
export { LONGUEUR_MINIMALE_MOT_DE_PASSE, verifierMotDePasse } from './politique-mot-de-passe.ts';
