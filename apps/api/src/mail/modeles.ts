import type { NouveauCourriel } from './outbox.ts';

// The French texts of every message the portal sends. No link ever asks for a password:
// links only lead to the portal, where the user types it.

const SIGNATURE = '\n\n—\nChoral, émulateur de Chorus Pro (ce message ne vient pas du portail officiel).';

export function courrielActivation(to: string, prenom: string, lien: string): NouveauCourriel {
  return {
    destinataire: to,
    sujet: 'Activez votre compte Choral',
    texte:
      `Bonjour ${prenom},\n\nVotre compte a été créé. Pour l'activer et choisir votre mot de passe, ouvrez ce lien ` +
      `(valable 60 minutes, utilisable une seule fois) :\n\n${lien}${SIGNATURE}`,
  };
}

export function courrielCompteExistant(
  to: string,
  lienConnexion: string,
  lienOubli: string,
): NouveauCourriel {
  return {
    destinataire: to,
    sujet: 'Création de compte Choral',
    texte:
      "Bonjour,\n\nQuelqu'un a demandé à créer un compte avec cette adresse, qui en a déjà un. " +
      `Connectez-vous : ${lienConnexion}\nMot de passe oublié : ${lienOubli}\n\n` +
      `Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.${SIGNATURE}`,
  };
}

export function courrielReinitialisation(to: string, prenom: string, lien: string): NouveauCourriel {
  return {
    destinataire: to,
    sujet: 'Réinitialisation de votre mot de passe Choral',
    texte:
      `Bonjour ${prenom},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 60 minutes, ` +
      `utilisable une seule fois) :\n\n${lien}\n\nSi vous n'avez rien demandé, ignorez ce message : ` +
      `votre mot de passe actuel reste valable.${SIGNATURE}`,
  };
}

/** A request as the e-mails name it: to join a structure, or for espaces on it (their labels). */
export interface DemandeCitee {
  objet: 'RATTACHEMENT' | 'HABILITATION';
  structure: string;
  espaces: readonly string[];
}

function libelleDemande({ objet, structure, espaces }: DemandeCitee): string {
  const liste = espaces.length > 0 ? ` (${espaces.join(', ')})` : '';

  return objet === 'HABILITATION'
    ? `demande d’habilitation${liste} sur ${structure}`
    : `demande de rattachement à ${structure}${liste}`;
}

export function courrielDecisionRattachement(
  to: string,
  prenom: string,
  demande: DemandeCitee,
  decision: 'APPROUVEE' | 'REFUSEE',
  commentaire: string | null,
): NouveauCourriel {
  const issue = decision === 'APPROUVEE' ? 'a été approuvée' : 'a été refusée';

  return {
    destinataire: to,
    sujet: `Votre ${libelleDemande({ ...demande, espaces: [] })} ${issue}`,
    texte:
      `Bonjour ${prenom},\n\nVotre ${libelleDemande(demande)} ${issue}.` +
      (commentaire ? `\n\nCommentaire du gestionnaire : ${commentaire}` : '') +
      SIGNATURE,
  };
}

export function courrielNouvelleDemande(
  to: string,
  demandeur: string,
  demande: DemandeCitee,
  lien: string,
): NouveauCourriel {
  const quoi =
    demande.objet === 'HABILITATION'
      ? `demande de nouvelles habilitations sur ${demande.structure}`
      : `demande à être rattaché(e) à ${demande.structure}`;
  const espaces = demande.espaces.length > 0 ? ` Espaces demandés : ${demande.espaces.join(', ')}.` : '';

  return {
    destinataire: to,
    sujet: `Nouvelle ${libelleDemande({ ...demande, espaces: [] })}`,
    texte: `Bonjour,\n\n${demandeur} ${quoi}.${espaces} Traitez la demande dans Approbations : ${lien}${SIGNATURE}`,
  };
}

/** An invoice as named in a message: the supplier's number and the portal's. */
export interface FactureCitee {
  numero: string;
  numeroPortail: string;
}

/** To the supplier's members: their invoice changed status (with the recipient's motif). */
export function courrielChangementStatutFacture(
  to: string,
  prenom: string,
  facture: FactureCitee,
  statut: string,
  motif: string | null,
  lien: string,
): NouveauCourriel {
  return {
    destinataire: to,
    sujet: `Facture ${facture.numero} : ${statut}`,
    texte:
      `Bonjour ${prenom},\n\nVotre facture ${facture.numero} (${facture.numeroPortail}) est passée au statut « ${statut} ».` +
      (motif ? `\n\nMotif : ${motif}` : '') +
      `\n\nConsultez-la : ${lien}${SIGNATURE}`,
  };
}

/** To the recipient's agents: an invoice is waiting in one of their services. */
export function courrielFactureRecue(
  to: string,
  prenom: string,
  facture: FactureCitee,
  fournisseur: string,
  statut: string,
  lien: string,
): NouveauCourriel {
  return {
    destinataire: to,
    sujet: `Facture reçue ${facture.numero} de ${fournisseur}`,
    texte:
      `Bonjour ${prenom},\n\nLa facture ${facture.numero} (${facture.numeroPortail}) de ${fournisseur} ` +
      `vous attend dans Factures reçues (${statut}).\n\nTraitez-la : ${lien}${SIGNATURE}`,
  };
}

/** To a valideur's members: a subcontractor's or cotraitant's invoice awaits their validation. */
export function courrielFactureAValider(
  to: string,
  prenom: string,
  facture: FactureCitee,
  fournisseur: string,
  lien: string,
): NouveauCourriel {
  return {
    destinataire: to,
    sujet: `Facture à valider ${facture.numero} de ${fournisseur}`,
    texte:
      `Bonjour ${prenom},\n\nLa facture ${facture.numero} (${facture.numeroPortail}) de ${fournisseur} ` +
      `attend votre validation dans Factures à valider. Sans réponse de votre part sous 15 jours, ` +
      `elle sera validée tacitement.\n\nValidez-la ou refusez-la : ${lien}${SIGNATURE}`,
  };
}

/** A periodic summary (daily: received invoices; weekly: all the news). */
export function courrielResume(
  to: string,
  prenom: string,
  { sujet, intro, lien }: { sujet: string; intro: string; lien: string },
  nouvelles: { titre: string; texte: string }[],
): NouveauCourriel {
  const lignes = nouvelles.map((n) => `- ${n.titre} — ${n.texte}`).join('\n');

  return {
    destinataire: to,
    sujet,
    texte: `Bonjour ${prenom},\n\n${intro}\n\n${lignes}\n\nPour les consulter : ${lien}${SIGNATURE}`,
  };
}

/**
 * An invitation to join a structure. One text whether or not the address has an account, so
 * that nothing, not even the message, depends on it; it is read by the address's holder only.
 */
export function courrielInvitation(
  to: string,
  {
    structure,
    invitePar,
    role,
    publicUrl,
  }: { structure: string; invitePar: string; role: string; publicUrl: string },
): NouveauCourriel {
  return {
    destinataire: to,
    sujet: `Invitation à rejoindre ${structure}`,
    texte:
      `Bonjour,\n\n${invitePar} vous invite à rejoindre la structure ${structure} sur Choral ` +
      `(rôle : ${role.toLowerCase()}). Rien n'est fait sans votre accord : acceptez ou déclinez ` +
      `l'invitation dans Mes structures, connecté(e) avec cette adresse :\n\n${publicUrl}/structures\n\n` +
      `Pas encore de compte ? Créez-le avec cette adresse, puis revenez sur ce lien :\n\n` +
      `${publicUrl}/creer-un-compte\n\nL'invitation est valable 14 jours. Si vous ne connaissez pas ` +
      `cette structure, ignorez ce message.${SIGNATURE}`,
  };
}
