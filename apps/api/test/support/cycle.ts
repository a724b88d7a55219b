import { type Facture, FactureSchema } from '@choral/contracts';
import type { Db } from '@choral/db';
import type { StatutFacture } from '@choral/domain/cycle-de-vie';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { Client } from './client.ts';
import { creerUtilisateur } from './factories.ts';
import { creerDestinataire, creerFournisseur, saisieComplete } from './factures.ts';

/** Polls `condition` every 100 ms until it holds (or fails after `delaiMs`). */
export async function attendre<T>(
  condition: () => Promise<T | null | undefined | false>,
  delaiMs = 10_000,
): Promise<T> {
  const limite = Date.now() + delaiMs;
  for (;;) {
    const valeur = await condition();
    if (valeur) return valeur;
    if (Date.now() > limite) throw new Error(`Condition non remplie après ${delaiMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the invoice has the given status in the database (the worker moves it). */
export function attendreStatut(db: Db, factureId: number, statut: StatutFacture, delaiMs?: number) {
  return attendre(() => db.facture.findFirst({ where: { id: factureId, statut } }), delaiMs);
}

/**
 * An agent of a public structure with the Factures reçues habilitation, signed in;
 * `codesServices` limits him to those services (none = the whole structure).
 */
export async function creerAgent(
  app: FastifyInstance,
  db: Db,
  structureId: number,
  codesServices: string[] = [],
) {
  const utilisateur = await creerUtilisateur(db);
  const services = await db.service.findMany({ where: { structureId, code: { in: codesServices } } });
  await db.rattachement.create({
    data: {
      utilisateurId: utilisateur.id,
      structureId,
      role: 'UTILISATEUR',
      services: { create: services.map((s) => ({ serviceId: s.id })) },
      espaces: { create: { espace: 'FACTURES_RECUES' } },
    },
  });
  const client = await new Client(app).login(utilisateur.email);

  return { utilisateur, client };
}

/** A supplier, a public recipient (services FACTURES_PUBLIQUES, VOIRIE, ECOLES) and its VOIRIE agent. */
export async function creerParties(app: FastifyInstance, db: Db) {
  const fournisseur = await creerFournisseur(app, db);
  const destinataire = await creerDestinataire(db);
  const agent = await creerAgent(app, db, destinataire.id, ['VOIRIE']);

  return { fournisseur, destinataire, agent };
}

/** Sends a complete manual entry to the recipient's VOIRIE service; returns its id (DEPOSEE). */
export async function deposer(
  fournisseur: { client: Client; structure: { id: number } },
  identifiantDestinataire: string,
  numero?: string,
): Promise<number> {
  const brouillon = await fournisseur.client.post(
    '/api/factures/brouillons',
    saisieComplete(fournisseur.structure.id, identifiantDestinataire, numero),
  );
  expect(brouillon.statusCode).toBe(201);
  const id = FactureSchema.parse(brouillon.json()).id;
  const envoi = await fournisseur.client.post(`/api/factures/brouillons/${id}/envoi`);
  expect(envoi.statusCode, envoi.body).toBe(200);

  return id;
}

/** The invoice as `client` sees it (200 expected). */
export async function lire(client: Client, id: number): Promise<Facture> {
  const res = await client.get(`/api/factures/${id}`);
  expect(res.statusCode, res.body).toBe(200);

  return FactureSchema.parse(res.json());
}

/** POST …/actions, expecting `statut` answered (200) or the response when `statut` is omitted. */
export async function agir(client: Client, id: number, body: Record<string, unknown>) {
  return client.post(`/api/factures/${id}/actions`, body);
}

/**
 * `nombre` invoices already routed to `serviceId`, written straight to the table (searches and
 * exports need many rows): deposit dates go by groups of three equal ones, so that paging must
 * break ties by id.
 */
export async function insererFacturesRecues(
  db: Db,
  {
    fournisseurId,
    destinataireId,
    serviceId,
    utilisateurId,
    nombre,
    prefixe = 'R',
  }: {
    fournisseurId: number;
    destinataireId: number;
    serviceId: number;
    utilisateurId: number;
    nombre: number;
    prefixe?: string;
  },
) {
  const origine = Date.parse('2026-03-01T10:00:00Z');
  await db.facture.createMany({
    data: Array.from({ length: nombre }, (_, i) => {
      const dateDepot = new Date(origine + Math.floor(i / 3) * 3_600_000);

      return {
        cadre: 'A1',
        mode: 'SAISIE' as const,
        fournisseurId,
        destinataireId,
        serviceId,
        numero: `${prefixe}-${String(i).padStart(4, '0')}`,
        numeroConsomme: `${prefixe}-${String(i).padStart(4, '0')}`,
        numeroPortail: `CHO-T-${prefixe}-${i}`,
        dateFacture: new Date('2026-02-15'),
        montantTtc: `${1000 + i}.5`,
        statut: i % 4 === 0 ? ('SERVICE_FAIT' as const) : ('MISE_A_DISPOSITION' as const),
        statutFournisseur: i % 4 === 0 ? ('SERVICE_FAIT' as const) : ('MISE_A_DISPOSITION' as const),
        dateDepot,
        dateMiseADisposition: new Date(dateDepot.getTime() + 60_000),
        creeParId: utilisateurId,
        modifieParId: utilisateurId,
      };
    }),
  });
}

/** The parties of `creerParties`, with `nombre` invoices already routed to their VOIRIE service. */
export async function creerPartiesEtFacturesRecues(app: FastifyInstance, db: Db, nombre: number) {
  const parties = await creerParties(app, db);
  const voirie = parties.destinataire.services.find((s) => s.code === 'VOIRIE');
  await insererFacturesRecues(db, {
    fournisseurId: parties.fournisseur.structure.id,
    destinataireId: parties.destinataire.id,
    serviceId: voirie?.id as number,
    utilisateurId: parties.fournisseur.utilisateur.id,
    nombre,
  });

  return parties;
}
