import type { Database } from './db/client.js';
import { expiryRound, feedsRound } from './modules/catalogue/index.js';
import { spaceRound } from './modules/space/index.js';
import { statsRound } from './modules/stats/index.js';
import { closeOutDays } from './modules/visits/day.service.js';

const MINUTE = 60_000;
const JOBS_LOCK = 727_002;
/** Fetching feed URLs takes seconds: its own lock, so the walk-in close-out never waits behind it. */
const FEEDS_LOCK = 727_004;

/**
 * Periodic jobs of a running server: the walk-in day close-out every minute (and once at start, so a
 * server that was down at closing time catches up). Jobs are idempotent; on PostgreSQL an advisory
 * lock keeps several instances from running the same round at once.
 */
export function startJobs(
  database: Database,
  log: (error: unknown) => void = console.error,
  options: { production: boolean } = { production: true },
) {
  let running = false;
  let statsAt = 0;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      await database.exclusive(JOBS_LOCK, () => closeOutDays(database.db));
      await database.exclusive(JOBS_LOCK, () => spaceRound(database.db));
      // Vacancies (and other offers) past their closing date leave the catalogue.
      await database.exclusive(JOBS_LOCK, () => expiryRound(database.db));
      // Statistics rollup of closed days and retention purge: hourly is plenty for a daily job.
      if (Date.now() - statsAt >= 60 * MINUTE) {
        statsAt = Date.now();
        await database.exclusive(JOBS_LOCK, () => statsRound(database.db));
        // Feed URLs due for a refresh (each every few hours) are fetched and imported again.
        await database.exclusive(FEEDS_LOCK, () => feedsRound(database.db, options.production));
      }
    } catch (error) {
      log(error);
    } finally {
      running = false;
    }
  };
  void round();
  const timer = setInterval(() => void round(), MINUTE);
  timer.unref();
  return () => clearInterval(timer);
}
