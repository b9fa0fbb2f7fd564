// A small LMS for the browser tests: packages the app that global-setup built (test-results/app) with the
// real packager, and serves, on a free 127.0.0.1 port,
//   /lms/host.html?std=scorm12|scorm2004&launch=<SCO launch page[?query]>
//       a player page that hosts scorm-again as window.API / window.API_1484_11 in the parent frame and
//       launches the SCO in an iframe, as an LMS does. It reads the mastery score from the package's
//       imsmanifest.xml, keeps what the SCO commits in localStorage (the LMS's database), and on the
//       next launch hands back suspend_data with entry = "resume" when the SCO exited with "suspend".
//   /pkg/<std>/...      the files of the unzipped package (the zip itself is what is checked).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { packageLms, type BuiltPackage } from '../../scripts/package-lms.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export type Std = 'scorm12' | 'scorm2004';
export type Target = Std | 'cmi5';

const HOST_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test LMS</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head>
<body><script src="/lms/scorm-again.js"></script><script type="module" src="/lms/host.js"></script></body></html>`;

const HOST_JS = `
const params = new URLSearchParams(location.search);
const std = params.get('std');
const launch = params.get('launch');
const pkg = '/pkg/' + std + '/';
const key = 'lms-record:' + std;
const api = std === 'scorm12' ? new window.Scorm12API({ logLevel: 5 }) : new window.Scorm2004API({ logLevel: 5 });
window.lmsCalls = [];
const manifest = new DOMParser().parseFromString(await (await fetch(pkg + 'imsmanifest.xml')).text(), 'application/xml');
const href = launch.split('?')[0];
const resource = [...manifest.getElementsByTagName('resource')].find((r) => r.getAttribute('href') === href);
const item = [...manifest.getElementsByTagName('item')].find((i) => i.getAttribute('identifierref') === resource.getAttribute('identifier'));
const previous = JSON.parse(localStorage.getItem(key) || 'null');
const p = previous && previous.cmi;
const init = {};
if (std === 'scorm12') {
  init.core = { student_id: 'emp-042', student_name: 'Lee, Ann' };
  init.student_data = { mastery_score: item.getElementsByTagName('adlcp:masteryscore')[0]?.textContent ?? '' };
  if (p) {
    const resume = p.core.exit === 'suspend';
    Object.assign(init.core, { lesson_status: p.core.lesson_status, lesson_location: p.core.lesson_location, entry: resume ? 'resume' : '' });
    if (p.core.score.raw !== '') init.core.score = p.core.score;
    if (resume) init.suspend_data = p.suspend_data;
    init.interactions = p.interactions;
  }
} else {
  Object.assign(init, { learner_id: 'emp-042', learner_name: 'Lee, Ann' });
  const measure = item.getElementsByTagName('imsss:minNormalizedMeasure')[0]?.textContent;
  if (measure) init.scaled_passing_score = measure;
  if (p) {
    const resume = p.exit === 'suspend';
    Object.assign(init, { completion_status: p.completion_status, success_status: p.success_status, location: p.location, entry: resume ? 'resume' : '', interactions: p.interactions });
    if (p.score.raw !== '') init.score = p.score;
    if (resume) init.suspend_data = p.suspend_data;
  }
}
api.loadFromJSON(init);
const store = (call) => {
  window.lmsCalls.push(call);
  const record = api.renderCMIToJSONObject();
  localStorage.setItem(key, JSON.stringify(record));
  if (call === 'LMSFinish' || call === 'Terminate') {
    const cmi = record.cmi;
    const ended = JSON.parse(localStorage.getItem('lms-terminations:' + std) || '[]');
    ended.push(std === 'scorm12' ? { exit: cmi.core.exit, session_time: cmi.core.session_time } : { exit: cmi.exit, session_time: cmi.session_time });
    localStorage.setItem('lms-terminations:' + std, JSON.stringify(ended));
  }
};
for (const call of std === 'scorm12' ? ['LMSCommit', 'LMSFinish'] : ['Commit', 'Terminate']) {
  api.on(call, () => store(call));
}
// Every call the SCO makes, with the error code it left, for the strict checks.
window.apiCalls = [];
const recorded = new Proxy(api, {
  get(target, key, receiver) {
    const value = Reflect.get(target, key, receiver);
    if (typeof value !== 'function' || typeof key !== 'string' || /LastError|ErrorString|Diagnostic/.test(key)) return value;
    return (...args) => {
      const result = String(value.apply(target, args));
      const error = String((std === 'scorm12' ? target.LMSGetLastError : target.GetLastError).call(target));
      window.apiCalls.push({ method: key, args, result, error });
      return result;
    };
  },
});
if (std === 'scorm12') window.API = recorded; else window.API_1484_11 = recorded;
window.lmsRecord = () => JSON.parse(JSON.stringify(api.renderCMIToJSONObject()));
const frame = document.createElement('iframe');
frame.title = 'course';
frame.src = pkg + launch;
document.body.append(frame);
`;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
};

export interface LmsHost {
  url: (std: Std, launch: string) => string;
  base: string;
  packages: BuiltPackage[];
  /** Every file of each zip, by standard. */
  files: Record<Target, Record<string, Uint8Array>>;
  close: () => Promise<void>;
}

/** Packages test-results/app and serves the test LMS; call once per test file. */
export async function startLmsHost(
  o: { xapi?: { endpoint: string; username: string; password: string }; outDir?: string } = {},
): Promise<LmsHost> {
  const packages = packageLms({
    root: ROOT,
    appDir: 'test-results/app',
    outDir: o.outDir ?? 'test-results/lms',
    targets: ['scorm12', 'scorm2004'],
    ...(o.xapi ? { xapi: o.xapi } : {}),
  });
  const files = {} as Record<Target, Record<string, Uint8Array>>;
  for (const p of packages) files[p.target] = unzipSync(new Uint8Array(readFileSync(p.path)));
  const scormAgain = readFileSync(resolve(ROOT, 'node_modules/scorm-again/dist/scorm-again.min.js'));

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, type: string, body: string | Uint8Array) => {
      // The package's files may be cached, as an LMS lets them be (a relaunch need not fetch them again);
      // each test file's host has its own port, so no file sees another's package.
      const cache = path.startsWith('/pkg/') ? 'max-age=3600' : 'no-store';
      res.writeHead(status, { 'content-type': type, 'cache-control': cache });
      res.end(body);
    };
    if (path === '/lms/host.html') return send(200, TYPES.html ?? '', HOST_HTML);
    if (path === '/lms/host.js') return send(200, TYPES.js ?? '', HOST_JS);
    if (path === '/lms/scorm-again.js') return send(200, TYPES.js ?? '', scormAgain);
    const match = /^\/pkg\/(scorm12|scorm2004|cmi5)\/(.+)$/.exec(path);
    const file = match ? files[match[1] as Target][match[2] ?? ''] : undefined;
    if (!file) return send(404, 'text/plain', 'not found');
    return send(200, TYPES[path.replace(/^.*\./, '')] ?? 'application/octet-stream', file);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    packages,
    files,
    url: (std, launch) => `${base}/lms/host.html?std=${std}&launch=${encodeURIComponent(launch)}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
