// One place that turns failures into a one-line message and an exit code: users see the
// reason, never a stack trace (MARSAD_DEBUG=1 shows it for developers).
export class UsageError extends Error {}

export function fail(e: unknown): never {
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`marsad: ${msg}\n`);
  if (process.env.MARSAD_DEBUG && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
  process.exit(e instanceof UsageError ? 2 : 1);
}
