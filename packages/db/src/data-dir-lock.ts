import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Another live process already holds the data folder. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

/** Locks held by this process: a second start in the same process is refused too. */
const heldHere = new Set<string>();

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);

    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedError(lockPath: string, holder: number): DataDirLockedError {
  return new DataDirLockedError(
    `Le dossier de données ${dirname(lockPath)} est déjà utilisé par un autre processus Choral (pid ${holder}). ` +
      'Arrêtez-le, ou choisissez un autre dossier avec CHORAL_DATA_DIR.',
  );
}

/**
 * Takes an exclusive lock file holding our pid. PGlite has no lock of its own, and two
 * processes writing the same folder would corrupt it. A lock left by a dead process is stale
 * and taken over. Returns the release function.
 */
export function lockDataDir(lockPath: string): () => void {
  if (heldHere.has(lockPath)) throw lockedError(lockPath, process.pid);
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(lockPath);

      return () => {
        heldHere.delete(lockPath);
        rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      // Our own pid in a lock we don't hold is a leftover (containers reuse pid 1 at each start).
      if (Number.isInteger(holder) && holder !== process.pid && isProcessAlive(holder)) {
        throw lockedError(lockPath, holder);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Impossible de verrouiller ${lockPath}.`);
}
