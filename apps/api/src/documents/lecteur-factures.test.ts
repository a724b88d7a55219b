import { Worker } from 'node:worker_threads';
import { ErreurMetier } from '@choral/domain/erreurs';
import { ecrireCii } from '@choral/formats';
import { factureExemple, factureVolumineuse, pdfBombeObjets } from '@choral/formats/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import {
  budgetCpuMicros,
  creerLecteurFactures,
  type LecteurFactures,
  OPTIONS_LECTEUR,
  type OptionsLecteur,
} from './lecteur-factures.ts';

const encoder = (texte: string) => new TextEncoder().encode(texte);
const CII = encoder(ecrireCii(factureExemple()));
const ciiDeLignes = (lignes: number) => encoder(ecrireCii(factureVolumineuse(lignes)));

const ouverts: LecteurFactures[] = [];
function lecteur(options: Partial<OptionsLecteur>): LecteurFactures {
  const l = creerLecteurFactures(options);
  ouverts.push(l);
  return l;
}
afterEach(async () => {
  await Promise.all(ouverts.splice(0).map((l) => l.fermer()));
});

async function refusIndisponible(lecture: Promise<unknown>): Promise<void> {
  const erreur = await lecture.then(
    () => null,
    (e: unknown) => e,
  );
  expect(erreur).toBeInstanceOf(ErreurMetier);
  expect(erreur).toMatchObject({ code: 'INDISPONIBLE', message: expect.stringMatching(/réessayez/) });
}

// Each pool starts cold threads (about 300 ms of CPU each): slow on a busy machine.
describe('lecteur de factures (threads chauds)', { timeout: 120_000 }, () => {
  it('lit dans un thread chaud : les modules ne sont chargés qu’une fois, pas à chaque fichier', async () => {
    const l = lecteur({ threads: 1 });
    const premiere = await l.lire(CII);
    expect(premiere.ok && premiere.lecture.facture?.numero).toBe('FA-2026-0042');
    // A cold thread costs about 300 ms of CPU to load the formats library: 50 reads in
    // fresh threads would take 15 s of CPU; in a warm one, milliseconds each (slack for a busy machine).
    const debut = performance.now();
    for (let i = 0; i < 50; i++) expect((await l.lire(CII)).ok).toBe(true);
    expect(performance.now() - debut).toBeLessThan(6000);
  });

  it('laisse intacts les octets de l’appelant et rend les erreurs typées de la bibliothèque', async () => {
    const l = lecteur({ threads: 1 });
    const octets = Uint8Array.from(CII);
    await l.lire(octets);
    expect(octets).toEqual(CII);
    const resultat = await l.lire(encoder('bonjour'));
    expect(resultat.ok ? null : resultat.erreur.code).toBe('FORMAT_NON_RECONNU');
  });

  it('budget de CPU proportionnel à la taille du fichier', () => {
    expect(budgetCpuMicros(0, OPTIONS_LECTEUR)).toBe(2_000_000);
    expect(budgetCpuMicros(17 * 1024 * 1024, OPTIONS_LECTEUR)).toBe(12_200_000);
  });

  it('machine chargée : un CII de 17 Mo passe, et l’attente d’un thread ne compte pas dans le délai', async () => {
    const cii17Mo = ciiDeLignes(13_000);
    expect(cii17Mo.length).toBeGreaterThan(16.5 * 1024 * 1024);
    // Three threads spinning on this 2-core machine: wall-clock time stretches, CPU time does not.
    const occupants = Array.from({ length: 3 }, () => new Worker('for (;;);', { eval: true }));
    try {
      const l = lecteur({ threads: 1, cpuBaseMs: 200 });
      const debut = performance.now();
      const [gros, petit] = await Promise.all([l.lire(cii17Mo), l.lire(CII)]);
      expect(gros.ok ? gros.lecture.facture?.lignes.length : gros.erreur).toBe(13_000);
      // The small file waited for the big one far longer than its own 200 ms budget.
      expect(performance.now() - debut).toBeGreaterThan(1000);
      expect(petit.ok).toBe(true);
    } finally {
      await Promise.all(occupants.map((w) => w.terminate()));
    }
  });

  it.each([
    ['budget de CPU dépassé', { cpuBaseMs: 300, cpuParMoMs: 0 }, 6000, 'DELAI_DEPASSE', /trop de calcul/],
    ['mémoire du thread épuisée', { memoireMo: 48 }, 4000, 'FICHIER_CORROMPU', /mémoire/],
  ] as const)('%s : refus en français, le thread est remplacé', async (_, options, lignes, code, message) => {
    const l = lecteur({ threads: 1, ...options });
    const resultat = await l.lire(ciiDeLignes(lignes));
    expect(resultat).toEqual({ ok: false, erreur: { code, message: expect.stringMatching(message) } });
    expect((await l.lire(CII)).ok).toBe(true);
  });

  it('PDF de quelques Mo qui remplit le tas (1,5 million d’objets) : refusé, le portail continue', async () => {
    // Left to reach the cap, V8 ended the whole process on one large allocation, not the thread.
    const l = lecteur({ threads: 1 });
    const resultat = await l.lire(pdfBombeObjets(1_500_000));
    expect(resultat).toEqual({
      ok: false,
      erreur: { code: 'FICHIER_CORROMPU', message: expect.stringMatching(/mémoire/) },
    });
    expect((await l.lire(CII)).ok).toBe(true);
  });

  it('file d’attente pleine : INDISPONIBLE sans rien lire, puis de nouveau disponible', async () => {
    const l = lecteur({ threads: 1, attenteMax: 1 });
    const enCours = l.lire(ciiDeLignes(500));
    const enAttente = l.lire(CII);
    await refusIndisponible(l.lire(CII));
    expect((await enCours).ok && (await enAttente).ok).toBe(true);
    expect((await l.lire(CII)).ok).toBe(true);
  });

  it('octets en lecture plafonnés, sauf pour un fichier seul', async () => {
    const fichier = ciiDeLignes(500);
    const l = lecteur({ threads: 2, octetsMax: fichier.length });
    const premier = l.lire(fichier);
    await refusIndisponible(l.lire(fichier));
    expect((await premier).ok).toBe(true);
    expect((await lecteur({ threads: 1, octetsMax: 10 }).lire(fichier)).ok).toBe(true);
  });

  it('fermer : la lecture en cours se termine, les suivantes sont refusées (service indisponible)', async () => {
    const l = creerLecteurFactures({ threads: 1 });
    const enCours = l.lire(ciiDeLignes(500));
    const fermeture = l.fermer();
    await refusIndisponible(l.lire(CII));
    expect((await enCours).ok).toBe(true);
    await fermeture;
  });
});
