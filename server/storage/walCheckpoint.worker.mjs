// Copies a SQLite database's write-ahead log into the database file, off the server's thread. Plain
// JavaScript, so that it starts without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

/** SQLite's own default for when to checkpoint: past this, the log is also started over. */
const restartPages = 1000;

const db = new SQLite(workerData.path);
// No waiting: a RESTART that waits for readers to finish holds back every new write meanwhile. Busy
// now, it gives way at once and is tried again at the next tick.
db.pragma('busy_timeout = 0');
db.pragma(`journal_size_limit = ${workerData.logSizeLimit}`);

function checkpoint() {
  try {
    // PASSIVE copies what no reader still needs and never holds the server's writes back.
    const [{ log, checkpointed }] = db.pragma('wal_checkpoint(PASSIVE)');
    // SQLite starts the log over only when a write begins with all of it copied, which steady
    // writes never leave time for. RESTART makes that time, holding writes back only while it
    // copies what came in since the PASSIVE one.
    if (log >= restartPages && checkpointed === log) db.pragma('wal_checkpoint(RESTART)');
  } catch {
    // A checkpoint that fails is tried again next time; the server's own threshold bounds the log.
  }
}

const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  // The last connection to close copies what is left of the log and removes it.
  db.close();
  parentPort.close();
});
