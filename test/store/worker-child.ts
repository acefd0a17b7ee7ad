// A worker process for the scale-out test (not a test file itself). MODE=work runs the real
// ingest worker and prints one JSON line per job; MODE=hang claims a job and never finishes
// it, so the test can kill the process mid-job.
import { run } from 'graphile-worker';
import { INGEST_TASK, quietLogger, startWorker } from '../../src/store/postgres/job-queue.js';

const env = (k: string): string => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is not set`);
  return v;
};
const url = env('MARSAD_PG_URL');
const queueSchema = env('QUEUE_SCHEMA');
const say = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);

if (process.env['MODE'] === 'hang') {
  const runner = await run({
    connectionString: url, schema: queueSchema, concurrency: 1, noHandleSignals: true, logger: quietLogger, pollInterval: 100,
    taskList: { [INGEST_TASK]: async () => { say({ claimed: true }); await new Promise(() => undefined); } },
  });
  say({ ready: true });
  await runner.promise;
} else {
  const worker = await startWorker({
    url, queueSchema, storeSchema: env('STORE_SCHEMA'), concurrency: 2, pollIntervalMs: 100,
    resetLockedIntervalMs: 200, onJob: (r) => say(r),
  });
  say({ ready: true });
  process.once('SIGTERM', () => void worker.stop().then(() => process.exit(0)));
}
