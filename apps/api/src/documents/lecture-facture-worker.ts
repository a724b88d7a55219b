// Runs @choral/formats' reader off the main thread: pdf-lib parses synchronously, so a hostile
// file could otherwise block every request. The parent enforces time and memory limits.
import { parentPort, workerData } from 'node:worker_threads';
import { lireFacture } from '@choral/formats';

const octets = workerData as Uint8Array;
parentPort?.postMessage(await lireFacture(octets));
