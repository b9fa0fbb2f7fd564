// The LMS/LRS settings of a launch. The LRS (endpoint, credentials, actor, registration) comes from exactly
// one place, the one the launch page names (launch-request.ts): the package's config file, or the launch URL
// for a package built to be launched that way; never a mix, so a link cannot send learner data (or the
// package's credentials) anywhere else. Invalid values are reported with the fix and replaced by the
// default; they never stop play.
import type { LaunchRequest, ScormStandard } from './launch-request.ts';

/** An xAPI actor as the LRS expects it: an email (mbox) or an account. */
export type XapiActor =
  | { objectType?: 'Agent'; name?: string; mbox: string }
  | { objectType?: 'Agent'; name?: string; account: { homePage: string; name: string } };

export interface XapiConfig {
  /** The LRS endpoint, ending in `/` (e.g. https://lrs.example.com/xapi/). */
  endpoint: string;
  /** The Authorization header value, e.g. `Basic dXNlcjpwYXNz`. */
  auth: string | null;
  /** The learner; null lets the adapter derive one (from the SCORM learner, or an anonymous account). */
  actor: XapiActor | null;
  /** The registration (attempt) id the launcher gave, or null for a fresh one per run. */
  registration: string | null;
  /** Activity IRIs are `<activityBase>/<story>`; defaults to `urn:attune:scenario`. */
  activityBase: string;
  /**
   * account.homePage of a learner the adapter derives (the SCORM learner, or an anonymous one): the
   * config's `homePage`, else the LRS's origin. Never the content's origin, so a learner keeps one
   * identity wherever the content is hosted.
   */
  homePage: string;
}

export interface LmsConfig {
  scorm: ScormStandard | null;
  story: string | null;
  /** Overall score (0–100) at or above which a run passes; the LMS's own mastery score wins over this. */
  passingScore: number;
  xapi: XapiConfig | null;
  /** What was wrong with the config, each naming the fix. */
  warnings: string[];
}

export const DEFAULT_PASSING_SCORE = 70;
export const DEFAULT_ACTIVITY_BASE = 'urn:attune:scenario';

/** The shape of lms-config.json (every field optional). */
export interface LmsConfigFile {
  passingScore?: number;
  xapi?: {
    endpoint?: string;
    auth?: string;
    username?: string;
    password?: string;
    actor?: XapiActor;
    activityBase?: string;
    homePage?: string;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readActor(value: unknown, where: string, warnings: string[]): XapiActor | null {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      warnings.push(
        `${where} is not JSON; pass an agent such as {"mbox":"mailto:ann@example.com","name":"Ann"}`,
      );
      return null;
    }
  }
  if (!isRecord(parsed)) return null;
  // TinCan launchers send arrays: {"mbox":["mailto:…"],"name":["Ann"]}.
  const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const name = first(parsed.name);
  const mbox = first(parsed.mbox);
  const account = first(parsed.account);
  const named = typeof name === 'string' ? { name } : {};
  if (typeof mbox === 'string')
    return { objectType: 'Agent', ...named, mbox: mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}` };
  if (isRecord(account)) {
    const homePage = account.homePage ?? account.accountServiceHomePage;
    const accountName = account.name ?? account.accountName;
    if (typeof homePage === 'string' && typeof accountName === 'string') {
      return { objectType: 'Agent', ...named, account: { homePage, name: accountName } };
    }
  }
  warnings.push(`${where} has neither "mbox" nor "account" {homePage, name}; give the learner one of them`);
  return null;
}

function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function validUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Merges defaults, the parsed config file (unknown JSON) and the launch's URL parameters. */
export function resolveLmsConfig(request: LaunchRequest, file: unknown): LmsConfig {
  const warnings: string[] = [];
  const f: Record<string, unknown> = isRecord(file) ? file : {};
  if (file !== undefined && file !== null && !isRecord(file)) {
    warnings.push('the LMS config file is not a JSON object; see the README section "Attune in an LMS"');
  }
  const p = request.params;
  let passingScore = DEFAULT_PASSING_SCORE;
  const passing = (request.packaged ? undefined : p.passing) ?? f.passingScore;
  if (passing !== undefined) {
    const n = Number(passing);
    if (Number.isFinite(n) && n >= 0 && n <= 100) passingScore = n;
    else
      warnings.push(
        `passing score "${String(passing)}" is not a number from 0 to 100; using ${DEFAULT_PASSING_SCORE}`,
      );
  }

  const fromLaunch = request.xapiSource === 'launch';
  const fx: Record<string, unknown> = isRecord(f.xapi) && !fromLaunch ? f.xapi : {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const launchKeys = ['endpoint', 'auth', 'actor', 'registration', 'activity_id', 'lmsconfig'];
  if (!fromLaunch && launchKeys.some((k) => p[k] !== undefined)) {
    warnings.push(
      `the launch URL's ${launchKeys.filter((k) => p[k] !== undefined).join(', ')} ${launchKeys.filter((k) => p[k] !== undefined).length > 1 ? 'were' : 'was'} ignored: this course sends learner data only to the LRS in its lms-config.json. To take the LRS from the launch, rebuild with npm run package:lms -- --xapi-from-launch`,
    );
  }
  const src = fromLaunch
    ? {
        endpoint: p.endpoint,
        auth: p.auth ?? null,
        actor: p.actor,
        registration: p.registration ?? null,
        activityBase: p.activity_id,
        homePage: undefined,
      }
    : {
        endpoint: str(fx.endpoint),
        auth:
          str(fx.auth) ??
          (typeof fx.username === 'string' && typeof fx.password === 'string'
            ? basicAuth(fx.username, fx.password)
            : null),
        actor: fx.actor,
        registration: null,
        activityBase: str(fx.activityBase),
        homePage: str(fx.homePage),
      };
  let xapi: XapiConfig | null = null;
  if (src.endpoint !== undefined) {
    if (!validUrl(src.endpoint)) {
      warnings.push(
        `xAPI endpoint "${src.endpoint}" is not an http(s) URL; give the LRS's statement API base, e.g. https://lrs.example.com/xapi/`,
      );
    } else {
      const endpoint = withSlash(src.endpoint);
      xapi = {
        endpoint,
        auth: src.auth,
        actor: src.actor === undefined ? null : readActor(src.actor, 'the xAPI actor', warnings),
        registration: src.registration,
        activityBase: (src.activityBase ?? DEFAULT_ACTIVITY_BASE).replace(/\/+$/, ''),
        homePage: src.homePage && validUrl(src.homePage) ? src.homePage : new URL(endpoint).origin,
      };
    }
  }
  return { scorm: request.scorm, story: request.story, passingScore, xapi, warnings };
}
