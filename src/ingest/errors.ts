// One failure type for every source: a stable reason code (for the summary table and the
// ingest_errors table) and a one-line message for the user.

export type IngestReason =
  | 'not-found' | 'http-error' | 'timeout' | 'tls' | 'network' | 'binary' | 'too-large' | 'empty'
  | 'feed-xml' | 'bad-jsonl-line' | 'read-error' | 'invalid-bytes' | 'analysis-failed' | 'unexpected';

export class IngestError extends Error {
  constructor(
    readonly reason: IngestReason,
    message: string,
    /** Worth trying again (5xx, timeouts, dropped connections). */
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

export function asIngestError(err: unknown, fallback: IngestReason = 'read-error'): IngestError {
  if (err instanceof IngestError) return err;
  const e = err as { code?: string; message?: string };
  if (e?.code === 'ENOENT') return new IngestError('read-error', 'no such file or directory');
  if (e?.code === 'EACCES') return new IngestError('read-error', 'permission denied');
  if (e?.code === 'EISDIR') return new IngestError('read-error', 'is a directory');
  return new IngestError(fallback, String(e?.message ?? err).split('\n')[0]!);
}
