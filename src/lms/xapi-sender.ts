// Sends statement batches to the LRS with the @xapi/xapi client over fetch, and sorts the answer into
// sent / retry / drop for the outbox. Each request gives up after `timeoutMs`, so a dead LRS costs a
// background promise, never the game's time.
import XAPI from '@xapi/xapi';
import type { Statement } from '@xapi/xapi';
import type { XapiConfig } from './lms-config.ts';
import type { SendBatch, SendOutcome } from './xapi-queue.ts';

type Adapter = NonNullable<ConstructorParameters<typeof XAPI>[0]['adapter']>;

class LrsStatusError extends Error {
  override readonly name = 'LrsStatusError';
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`the LRS answered ${status}: ${body.slice(0, 200)}`);
  }
}

/** keepalive lets a batch outlive the page, but browsers cap keepalive bodies at 64 KiB. */
const KEEPALIVE_LIMIT = 60_000;

function fetchAdapter(fetchImpl: typeof fetch, timeoutMs: number): Adapter {
  return async function adapter<T>(request: {
    url: string;
    method: string;
    headers?: Record<string, unknown>;
    data?: unknown;
  }) {
    const body = request.data === undefined ? undefined : JSON.stringify(request.data);
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.headers ?? {})) headers[key] = String(value);
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers,
      ...(body !== undefined ? { body } : {}),
      keepalive: (body?.length ?? 0) < KEEPALIVE_LIMIT,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (!response.ok) throw new LrsStatusError(response.status, text);
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    return {
      data: data as T,
      headers: Object.fromEntries(response.headers.entries()),
      status: response.status,
    };
  } as Adapter;
}

export function classifyStatus(status: number): SendOutcome {
  if (status === 409) return 'sent';
  if (status === 400 || status === 413 || status === 422) return 'drop';
  return 'retry';
}

export function lrsSender(
  config: XapiConfig,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): SendBatch {
  const xapi = new XAPI({
    endpoint: config.endpoint,
    ...(config.auth ? { auth: config.auth } : {}),
    adapter: fetchAdapter(options.fetch ?? globalThis.fetch.bind(globalThis), options.timeoutMs ?? 10_000),
  });
  return async (statements: Statement[]) => {
    try {
      await xapi.sendStatements({ statements });
      return 'sent';
    } catch (error) {
      return error instanceof LrsStatusError ? classifyStatus(error.status) : 'retry';
    }
  };
}
