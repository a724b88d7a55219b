import { randomBytes } from 'node:crypto';
import type { CreerBrouillonBody } from '@choral/contracts';
import type { Db } from '@choral/db';
import { genererSiret } from '@choral/domain/identifiants';
import type { FastifyInstance } from 'fastify';
import { Client } from './client.ts';
import { creerStructurePublique, creerUtilisateur } from './factories.ts';

export interface FichierEnvoye {
  nom: string;
  octets: Buffer | string;
  type?: string;
}

/** A multipart/form-data body as a browser sends it: text fields first, then the file `fichier`. */
export function formulaire(champs: Record<string, string | number>, fichier?: FichierEnvoye) {
  const frontiere = `----choral${Math.random().toString(16).slice(2)}`;
  const parties: Buffer[] = Object.entries(champs).map(([nom, valeur]) =>
    Buffer.from(`--${frontiere}\r\nContent-Disposition: form-data; name="${nom}"\r\n\r\n${valeur}\r\n`),
  );
  if (fichier) {
    parties.push(
      Buffer.from(
        `--${frontiere}\r\nContent-Disposition: form-data; name="fichier"; filename="${fichier.nom}"\r\n` +
          `Content-Type: ${fichier.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.isBuffer(fichier.octets) ? fichier.octets : Buffer.from(fichier.octets),
      Buffer.from('\r\n'),
    );
  }
  parties.push(Buffer.from(`--${frontiere}--\r\n`));

  return {
    payload: Buffer.concat(parties),
    headers: { 'content-type': `multipart/form-data; boundary=${frontiere}` },
  };
}

/** POSTs a multipart form through the client (cookie and CSRF included). */
export function envoyerFormulaire(
  client: Client,
  url: string,
  champs: Record<string, string | number>,
  fichier?: FichierEnvoye,
) {
  const { payload, headers } = formulaire(champs, fichier);

  return client.request('POST', url, payload, headers);
}

/** A supplier (private structure with the given identifier) and its signed-in member. */
export async function creerFournisseur(app: FastifyInstance, db: Db, identifiant = genererSiret()) {
  const utilisateur = await creerUtilisateur(db);
  const structure = await db.structure.create({
    data: {
      type: 'PRIVEE',
      typeIdentifiant: 'SIRET',
      identifiant,
      raisonSociale: `Fournisseur ${identifiant}`,
      numeroTva: 'FR11999999998',
      adresse: '1 rue du Commerce',
      codePostal: '75001',
      ville: 'Paris',
      rattachements: { create: { utilisateurId: utilisateur.id, role: 'GESTIONNAIRE_PRINCIPAL' } },
    },
  });
  const client = await new Client(app).login(utilisateur.email);

  return { utilisateur, structure, client };
}

/** A public recipient (FACTURES_PUBLIQUES, VOIRIE, ECOLES), optionally with a given identifier. */
export async function creerDestinataire(db: Db, identifiant?: string) {
  const gestionnaire = await creerUtilisateur(db);
  const structure = await creerStructurePublique(db, gestionnaire.id);
  if (!identifiant) return structure;

  return db.structure.update({
    where: { id: structure.id },
    data: { identifiant },
    include: { services: true },
  });
}

/** A complete manual entry for `structureId` to `destinataire`: 2 lines, 20 % and 5.5 %. */
export function saisieComplete(
  structureId: number,
  destinataire: string,
  numero = `S-${Math.random().toString(36).slice(2, 10)}`,
): CreerBrouillonBody {
  return {
    structureId,
    identification: { numero, dateFacture: '2026-01-15', type: 'FACTURE', devise: 'EUR' },
    destinataire: { identifiant: destinataire, codeService: 'VOIRIE' },
    references: { numeroEngagement: 'EJ-2026-42', numeroMarche: 'M-7' },
    lignes: [
      { designation: 'Enrobé', quantite: '3', unite: 'TNE', prixUnitaireHt: '120.5', tauxTva: '20' },
      { designation: 'Livres', quantite: '10', prixUnitaireHt: '9.99', remise: '4.90', tauxTva: '5.5' },
    ],
  };
}

/** Rows of every deposit table: a refused action must leave them all unchanged. */
export async function compterLignes(db: Db) {
  const [factures, documents, contenus, morceaux, historique] = await Promise.all([
    db.facture.count(),
    db.documentFacture.count(),
    db.contenuDocument.count(),
    db.morceauDocument.count(),
    db.historiqueFacture.count(),
  ]);

  return { factures, documents, contenus, morceaux, historique };
}

/** The invoice row as stored (for checks the API does not show). */
export function factureEnBase(db: Db, id: number) {
  return db.facture.findUniqueOrThrow({ where: { id }, include: { documents: true, historique: true } });
}

/** A plain PDF of exactly `taille` bytes: one page and a stream of random (incompressible) bytes. */
export function pdfDe(taille: number): Buffer {
  const entete = Buffer.from(
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n',
  );
  const fin = Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n');
  const debutFlux = (n: number) => Buffer.from(`4 0 obj\n<< /Length ${n} >>\nstream\n`);
  const n = taille - entete.length - fin.length - debutFlux(taille).length;

  return Buffer.concat([entete, debutFlux(n), randomBytes(n), fin]);
}
