import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { ErreurMetier } from '@choral/domain/erreurs';
import type { ErreurLecture, ResultatLecture } from '@choral/formats';
import { Piscina } from 'piscina';
import type { DepartLecture, TacheLecture } from './lecture-facture-worker.ts';

const MO = 1024 * 1024;

export interface OptionsLecteur {
  /** Warm threads reading at once. */
  threads: number;
  /** Reads waiting for a thread; one more is refused (503) rather than queued. */
  attenteMax: number;
  /** Bytes being read or waiting; a file that would exceed it is refused (503), unless it is alone. */
  octetsMax: number;
  /**
   * CPU time allowed to read one file: `cpuBaseMs + cpuParMoMs` per megabyte. CPU time, not
   * wall-clock: waiting for a thread or for a busy core never counts against the file.
   */
  cpuBaseMs: number;
  cpuParMoMs: number;
  /**
   * JavaScript heap a read may use (the byte caps of @choral/formats bound the rest): past it the
   * read is stopped. The thread's hard limit is twice as much, a backstop the check never lets
   * a read reach.
   */
  memoireMo: number;
}

/**
 * A 17 MB CII takes about 3 s of CPU; a 20 MB one (the largest XML accepted) peaks near 340 MB
 * of heap when read right after another. These leave a margin over both, while a hostile file
 * is stopped within seconds and 640 MB of heap per thread.
 */
export const OPTIONS_LECTEUR: OptionsLecteur = {
  threads: availableParallelism(),
  attenteMax: 32,
  octetsMax: 256 * MO,
  cpuBaseMs: 2000,
  cpuParMoMs: 600,
  memoireMo: 640,
};

/** How often a running read's CPU time and heap are checked. */
const CONTROLE_MS = 10;
/**
 * The thread's hard heap limit, as a multiple of `memoireMo`. At the hard limit V8 may end the
 * whole process (one allocation larger than the leeway Node gives a dying thread) rather than the
 * thread: the read is stopped at `memoireMo` by the check, and the gap up to the limit is more
 * than any read can allocate between two checks.
 */
const MARGE_TAS = 2;

export interface LecteurFactures {
  /**
   * `lireFacture` in a warm thread. A file that is unreadable, hostile, or too costly to read
   * gives a failed result (French message); an overloaded or stopping portal throws
   * INDISPONIBLE (503), the file being in no way at fault.
   */
  lire(octets: Uint8Array): Promise<ResultatLecture>;
  /** Lets the reads under way finish, then stops the threads. */
  fermer(): Promise<void>;
}

function indisponible(message: string): ErreurMetier {
  return new ErreurMetier('INDISPONIBLE', message, { motif: 'LECTURE_SATUREE' });
}

function echec(erreur: ErreurLecture): ResultatLecture {
  return { ok: false, erreur };
}

/** The budget of CPU time for a file of `taille` bytes (µs). */
export function budgetCpuMicros(taille: number, options: OptionsLecteur): number {
  return Math.round((options.cpuBaseMs + (options.cpuParMoMs * taille) / MO) * 1000);
}

/**
 * A bounded pool of warm worker threads reading uploaded invoices: a thread loads the formats
 * module graph once (about 300 ms of CPU) and then reads a typical invoice in about a
 * millisecond. A thread that crashes, exhausts its heap or overruns its CPU budget is replaced.
 */
export function creerLecteurFactures(options: Partial<OptionsLecteur> = {}): LecteurFactures {
  const o = { ...OPTIONS_LECTEUR, ...options };
  const pool = new Piscina<TacheLecture, ResultatLecture>({
    filename: new URL('./lecture-facture-worker.ts', import.meta.url).href,
    minThreads: o.threads,
    maxThreads: o.threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: { maxOldGenerationSizeMb: o.memoireMo * MARGE_TAS },
  });
  // Failures reach the read that caused them; the pool's own event (a thread lost between
  // reads, already replaced) must not crash the portal as an unhandled 'error'.
  pool.on('error', () => {});
  let enCours = 0;
  let octetsEnCours = 0;
  let ferme = false;

  /**
   * Aborts the read (the thread is then replaced) once its thread has spent its CPU budget or
   * most of its heap.
   */
  function surveiller(depart: DepartLecture, budgetCpu: number, arret: AbortController): NodeJS.Timeout {
    const thread = pool.threads.find((t) => t.threadId === depart.threadId);
    const tasMax = o.memoireMo * MO;
    return setInterval(() => {
      if (thread === undefined) return;
      Promise.all([thread.cpuUsage(), thread.getHeapStatistics()]).then(
        ([cpu, tas]) => {
          if (cpu.user + cpu.system - depart.cpuMicros > budgetCpu) arret.abort('cpu');
          else if (tas.used_heap_size > tasMax) arret.abort('memoire');
        },
        () => {}, // The thread is gone: its task fails on its own.
      );
    }, CONTROLE_MS);
  }

  async function lire(octets: Uint8Array): Promise<ResultatLecture> {
    if (ferme) throw indisponible('Le portail s’arrête : réessayez dans quelques instants.');
    if (enCours >= o.threads + o.attenteMax || (enCours > 0 && octetsEnCours + octets.length > o.octetsMax)) {
      throw indisponible('Le portail lit déjà de nombreux fichiers : réessayez dans quelques secondes.');
    }
    enCours++;
    octetsEnCours += octets.length;
    const budget = budgetCpuMicros(octets.length, o);
    const arret = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let surveillance: NodeJS.Timeout | undefined;
    port1.once('message', (depart: DepartLecture) => {
      surveillance = surveiller(depart, budget, arret);
    });
    // A private copy is transferred: the caller keeps its bytes to store them.
    const copie = Uint8Array.from(octets);
    try {
      return await pool.run(
        { octets: copie, depart: port2 },
        { transferList: [copie.buffer, port2], signal: arret.signal },
      );
    } catch (erreur) {
      if (arret.signal.reason === 'cpu') {
        return echec({
          code: 'DELAI_DEPASSE',
          message: `La lecture du fichier demande trop de calcul (plus de ${Math.round(budget / 1e6)} s) : il est refusé.`,
        });
      }
      if (
        arret.signal.reason === 'memoire' ||
        (erreur as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
      ) {
        return echec({
          code: 'FICHIER_CORROMPU',
          message: 'Fichier trop complexe pour être lu (mémoire de lecture épuisée) : il est refusé.',
        });
      }
      if (ferme) throw indisponible('Le portail s’arrête : réessayez dans quelques instants.');
      return echec({ code: 'FICHIER_CORROMPU', message: 'La lecture du fichier a échoué : il est refusé.' });
    } finally {
      clearInterval(surveillance);
      port1.close();
      enCours--;
      octetsEnCours -= octets.length;
    }
  }

  return {
    lire,
    async fermer() {
      ferme = true;
      await pool.close();
    },
  };
}
