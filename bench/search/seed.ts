// Seeds the benchmark database with INSERT … SELECT generate_series: no row goes through Node.
import type pg from 'pg';

/** Public recipients; the first one is large (a fifth of all invoices), the others share the rest. */
export const DESTINATAIRES = 200;
export const SERVICES_PAR_DESTINATAIRE = 5;
export const FOURNISSEURS = 2000;

// Statuses by twentieths, as a recipient's desk looks: many to process, some paid, a few sent back.
const STATUT_PAR_VINGTIEME = `(array[
  'MISE_A_DISPOSITION','MISE_A_DISPOSITION','MISE_A_DISPOSITION','MISE_A_DISPOSITION','MISE_A_DISPOSITION',
  'MISE_A_DISPOSITION','PRISE_EN_COMPTE_DESTINATAIRE','PRISE_EN_COMPTE_DESTINATAIRE',
  'PRISE_EN_COMPTE_DESTINATAIRE','SERVICE_FAIT','SERVICE_FAIT','SUSPENDUE','COMPLETEE','REJETEE',
  'MANDATEE','MANDATEE','MISE_EN_PAIEMENT','MISE_EN_PAIEMENT','MISE_EN_PAIEMENT','A_RECYCLER'
])[1 + i % 20]::"StatutFacture"`;

/**
 * One user (id 1) attached to recipient 1 (all services) and to supplier 201; structures 1–200
 * public with 5 services each, 201–2200 private; `nombre` invoices, in batches of 100,000.
 */
export async function peupler(
  client: pg.Client,
  nombre: number,
  journal: (m: string) => void,
): Promise<void> {
  await client.query(`
    INSERT INTO utilisateur (email, email_contact, nom, prenom, actif, modifie_le)
    VALUES ('bench@choral.test', 'bench@choral.test', 'Banc', 'Essai', true, now());
    INSERT INTO structure (type, type_identifiant, identifiant, raison_sociale, modifie_le)
    SELECT CASE WHEN s <= ${DESTINATAIRES} THEN 'PUBLIQUE' ELSE 'PRIVEE' END::"TypeStructure", 'SIRET',
           lpad(s::text, 14, '0'),
           CASE WHEN s <= ${DESTINATAIRES} THEN 'Commune ' ELSE 'Entreprise ' END || s, now()
    FROM generate_series(1, ${DESTINATAIRES + FOURNISSEURS}) s;
    INSERT INTO service (structure_id, code, libelle)
    SELECT s, 'S' || k, 'Service ' || k
    FROM generate_series(1, ${DESTINATAIRES}) s, generate_series(1, ${SERVICES_PAR_DESTINATAIRE}) k
    ORDER BY s, k;
    INSERT INTO rattachement (utilisateur_id, structure_id, role)
    VALUES (1, 1, 'UTILISATEUR'), (1, ${DESTINATAIRES + 1}, 'GESTIONNAIRE_PRINCIPAL');
  `);
  const lot = 100_000;
  for (let debut = 1; debut <= nombre; debut += lot) {
    const fin = Math.min(nombre, debut + lot - 1);
    await client.query(`
      INSERT INTO facture (numero_portail, cadre, mode, fournisseur_id, destinataire_id, service_id, numero,
        date_facture, montant_ht, montant_tva, montant_ttc, montant_a_payer, statut, statut_fournisseur,
        date_depot, date_mise_a_disposition, numero_consomme, cree_par_id, modifie_par_id, modifie_le)
      SELECT 'CHO-B-' || i, 'A1', 'SAISIE', f, d, (d - 1) * ${SERVICES_PAR_DESTINATAIRE} + 1 + (i / 7) % ${SERVICES_PAR_DESTINATAIRE},
        'F-' || i, (depot - interval '2 days')::date, m, round(m * 0.2, 2), round(m * 1.2, 2), round(m * 1.2, 2),
        ${STATUT_PAR_VINGTIEME}, ${STATUT_PAR_VINGTIEME}, depot, depot + interval '5 minutes', 'F-' || i, 1, 1, now()
      FROM generate_series(${debut}, ${fin}) i,
        LATERAL (SELECT CASE WHEN i % 5 = 0 THEN 1 ELSE 2 + i % ${DESTINATAIRES - 1} END AS d,
                        ${DESTINATAIRES + 1} + (i::bigint * 7919) % ${FOURNISSEURS} AS f,
                        timestamp '2024-01-01' + i * interval '1 minute' AS depot,
                        (10 + (i::bigint * 37) % 100000 / 10.0)::numeric(18, 2) AS m) x
    `);
    journal(`  ${fin.toLocaleString('fr-FR')} factures`);
  }
  await client.query('VACUUM ANALYZE');
}
