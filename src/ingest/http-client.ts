// HTTP for ingest: global fetch with a timeout per request (AbortController), retries with
// exponential backoff on 5xx, 429, timeouts and dropped connections (never on other 4xx or TLS
// failures), a minimum interval between requests to the same host, a size cap enforced while
// the body streams in, and conditional requests (ETag / Last-Modified) for feeds.
import { IngestError } from './errors.js';

export const DEFAULT_USER_AGENT = 'Marsad/0.1 (+https://github.com/marsad)';
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_BASE_MS = 500;
/** Minimum time between two requests to one host. */
export const DEFAULT_MIN_INTERVAL_MS = 500;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface HttpOptions {
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
  minIntervalMs: number;
  maxBytes: number;
  userAgent: string;
}

export const DEFAULT_HTTP_OPTIONS: HttpOptions = {
  timeoutMs: DEFAULT_TIMEOUT_MS,
  retries: DEFAULT_RETRIES,
  retryBaseMs: DEFAULT_RETRY_BASE_MS,
  minIntervalMs: DEFAULT_MIN_INTERVAL_MS,
  maxBytes: DEFAULT_MAX_BYTES,
  userAgent: DEFAULT_USER_AGENT,
};

export interface Conditional {
  etag?: string;
  lastModified?: string;
}

export interface HttpResponse {
  /** Final URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
  etag?: string;
  lastModified?: string;
  /** 304: the resource has not changed since the conditional values. */
  notModified: boolean;
}

const RETRY_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const TLS_CODE = /CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO_VERIFY/;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function mb(n: number): string {
  return (n / (1024 * 1024)).toFixed(1) + ' MB';
}

/** Maps what fetch threw to a reason; `timedOut` says our own timer fired. */
function classify(err: unknown, timedOut: boolean, timeoutMs: number): IngestError {
  if (err instanceof IngestError) return err;
  if (timedOut) return new IngestError('timeout', `no answer within ${timeoutMs} ms`, true);
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (err as { code?: string }).code ?? '';
  const detail = cause?.message ?? (err as Error).message ?? String(err);
  if (TLS_CODE.test(code)) return new IngestError('tls', `TLS error: ${detail}`);
  if (code === 'ENOTFOUND') return new IngestError('network', `host not found: ${detail}`);
  return new IngestError('network', `connection failed: ${code || detail}`, RETRY_CODES.has(code) || !code);
}

async function readCapped(res: Response, maxBytes: number, abort: () => void): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    abort();
    throw new IngestError('too-large', `${mb(declared)} is over the ${mb(maxBytes)} limit`);
  }
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      abort();
      throw new IngestError('too-large', `over the ${mb(maxBytes)} limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export class HttpClient {
  private readonly nextSlot = new Map<string, number>();
  readonly options: HttpOptions;

  constructor(options: Partial<HttpOptions> = {}) {
    this.options = { ...DEFAULT_HTTP_OPTIONS, ...options };
  }

  /** Waits for this host's turn: requests to one host are at least minIntervalMs apart. */
  private async waitForHost(url: string): Promise<void> {
    if (this.options.minIntervalMs <= 0) return;
    const host = new URL(url).host;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.options.minIntervalMs);
    if (slot > now) await sleep(slot - now);
  }

  private async once(url: string, cond: Conditional): Promise<HttpResponse> {
    await this.waitForHost(url);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    try {
      const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept: '*/*' };
      if (cond.etag) headers['if-none-match'] = cond.etag;
      if (cond.lastModified) headers['if-modified-since'] = cond.lastModified;
      const res = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
      const base = {
        url: res.url || url,
        status: res.status,
        contentType: res.headers.get('content-type') ?? '',
        etag: res.headers.get('etag') ?? undefined,
        lastModified: res.headers.get('last-modified') ?? undefined,
      };
      if (res.status === 304) {
        await res.body?.cancel();
        return { ...base, bytes: new Uint8Array(0), notModified: true };
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        const retryable = res.status >= 500 || res.status === 429;
        const reason = res.status === 404 || res.status === 410 ? 'not-found' : 'http-error';
        throw new IngestError(reason, `HTTP ${res.status} ${res.statusText}`.trim(), retryable);
      }
      const bytes = await readCapped(res, this.options.maxBytes, () => controller.abort());
      return { ...base, bytes, notModified: false };
    } catch (err) {
      throw classify(err, timedOut, this.options.timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }

  async get(url: string, cond: Conditional = {}): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(url, cond);
      } catch (err) {
        const e = err as IngestError;
        if (!e.retryable || attempt >= this.options.retries) {
          if (attempt > 0) e.message += ` (after ${attempt + 1} attempts)`;
          throw e;
        }
        await sleep(this.options.retryBaseMs * 2 ** attempt);
      }
    }
  }
}
