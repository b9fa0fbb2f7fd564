// A small cmi5 LMS for the browser tests, on a free 127.0.0.1 port: it imports the cmi5 package the real
// packager builds from test-results/app (reading cmi5.xml), and launches an AU the way a cmi5 LMS does
// (cmi5 §8, §10): it writes LMS.LaunchData for the registration, sends `launched`, and opens the AU's URL
// with endpoint, fetch, actor, registration and activityId. It serves
//   /content/...              the unzipped package
//   POST /lms/fetch/<n>        the auth token, once per launch (a second request gets cmi5 error 1)
//   /xapi/statements           records statements (POST or PUT), checking the token
//   /xapi/activities/state     State API documents (LMS.LaunchData and the AU's own)
//   /xapi/agents/profile       the learner's preferences
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Statement } from '@xapi/xapi';
import { strFromU8, unzipSync } from 'fflate';
import { packageLms } from '../../scripts/package-lms.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Cmi5Au {
  id: string;
  url: string;
  moveOn: string;
  masteryScore: number | null;
}

export interface Cmi5Lms {
  base: string;
  files: Record<string, Uint8Array>;
  aus: Cmi5Au[];
  statements: Statement[];
  /** Every request the LMS received, as `METHOD path`. */
  requests: string[];
  fetches: number;
  /** Launches an AU for a registration; returns the launch URL and what the checker needs. */
  launch(o: { au: Cmi5Au; registration: string; actor: object; launchMode?: string }): {
    url: string;
    sessionId: string;
  };
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  webmanifest: 'application/manifest+json',
};

export async function startCmi5Lms(): Promise<Cmi5Lms> {
  const [pkg] = packageLms({
    root: ROOT,
    appDir: 'test-results/app',
    outDir: 'test-results/lms-cmi5',
    targets: ['cmi5'],
  });
  const files = unzipSync(new Uint8Array(readFileSync(pkg?.path ?? '')));
  const xml = strFromU8(files['cmi5.xml'] ?? new Uint8Array());
  const aus: Cmi5Au[] = [...xml.matchAll(/<au ([^>]*)>[\s\S]*?<url>([^<]+)<\/url>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1] ?? '')?.[1];
    const mastery = attr('masteryScore');
    return {
      id: attr('id') ?? '',
      url: m[2] ?? '',
      moveOn: attr('moveOn') ?? 'NotApplicable',
      masteryScore: mastery === undefined ? null : Number(mastery),
    };
  });
  const statements: Statement[] = [];
  const requests: string[] = [];
  const states = new Map<string, string>();
  const tokens = new Map<string, string>();
  const usedFetch = new Set<string>();
  let base = '';
  let launches = 0;
  const token = Buffer.from('cmi5-au:secret-of-this-launch').toString('base64');
  const lms = { fetches: 0 };

  const stateKey = (q: URLSearchParams) =>
    [q.get('activityId'), q.get('agent'), q.get('registration'), q.get('stateId')].join('|');

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(`${req.method} ${url.pathname}`);
    const send = (status: number, type: string, body: string | Uint8Array) => {
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'x-experience-api-version': '1.0.3',
      });
      res.end(body);
    };
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = decodeURIComponent(url.pathname);
      const content = /^\/content\/(.+)$/.exec(path);
      if (content) {
        const file = files[content[1] ?? ''];
        if (!file) return send(404, 'text/plain', 'not found');
        return send(200, TYPES[path.replace(/^.*\./, '')] ?? 'application/octet-stream', file);
      }
      if (/^\/lms\/fetch\/\d+$/.test(path) && req.method === 'POST') {
        lms.fetches++;
        if (usedFetch.has(path))
          return send(
            200,
            'application/json',
            JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }),
          );
        usedFetch.add(path);
        return send(200, 'application/json', JSON.stringify({ 'auth-token': tokens.get(path) ?? '' }));
      }
      if (path.startsWith('/xapi/') && req.headers.authorization !== `Basic ${token}`)
        return send(401, 'text/plain', 'bad token');
      if (path === '/xapi/statements' && (req.method === 'POST' || req.method === 'PUT')) {
        const parsed = JSON.parse(body) as Statement | Statement[];
        const batch = Array.isArray(parsed) ? parsed : [parsed];
        statements.push(...batch);
        return send(200, 'application/json', JSON.stringify(batch.map((s) => s.id)));
      }
      if (path === '/xapi/activities/state') {
        const key = stateKey(url.searchParams);
        if (req.method === 'PUT' || req.method === 'POST') {
          states.set(key, body);
          return send(204, 'text/plain', '');
        }
        const doc = states.get(key);
        return doc === undefined
          ? send(404, 'text/plain', 'no document')
          : send(200, 'application/json', doc);
      }
      if (path === '/xapi/agents/profile')
        return send(
          200,
          'application/json',
          JSON.stringify({ languagePreference: 'en-US', audioPreference: 'on' }),
        );
      return send(404, 'text/plain', 'not found');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    base,
    files,
    aus,
    statements,
    requests,
    get fetches() {
      return lms.fetches;
    },
    launch: ({ au, registration, actor, launchMode = 'Normal' }) => {
      const n = ++launches;
      const sessionId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      const fetchPath = `/lms/fetch/${n}`;
      tokens.set(fetchPath, token);
      const contextTemplate = {
        contextActivities: { grouping: [{ objectType: 'Activity' as const, id: au.id }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
      };
      const launchData = {
        contextTemplate,
        launchMode,
        moveOn: au.moveOn,
        ...(au.masteryScore !== null ? { masteryScore: au.masteryScore } : {}),
        returnURL: `${base}/lms/return`,
      };
      const agent = JSON.stringify(actor);
      states.set([au.id, agent, registration, 'LMS.LaunchData'].join('|'), JSON.stringify(launchData));
      statements.push({
        id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
        actor: actor as Statement['actor'],
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
        object: { objectType: 'Activity', id: au.id },
        timestamp: new Date().toISOString(),
        context: {
          registration,
          contextActivities: {
            ...contextTemplate.contextActivities,
            category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }],
          },
          extensions: {
            ...contextTemplate.extensions,
            'https://w3id.org/xapi/cmi5/context/extensions/launchmode': launchMode,
            'https://w3id.org/xapi/cmi5/context/extensions/moveon': au.moveOn,
          },
        },
      });
      const query = new URLSearchParams({
        endpoint: `${base}/xapi/`,
        fetch: `${base}${fetchPath}`,
        actor: agent,
        registration,
        activityId: au.id,
      });
      return { url: `${base}/content/${au.url}?${query.toString()}`, sessionId };
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
