// Decides, before anything else loads, whether this launch talks to an LMS or an LRS at all. It is the only
// LMS code in the app's first bundle: when it returns null, no LMS code is fetched and the game plays as
// usual. Everything else in src/lms is loaded on demand by connect-lms.ts.
//
// A launch asks for the LMS in one of three ways:
//   - a package launch page: <html data-attune-lms="scorm12|scorm2004|auto" data-attune-story="<id>"
//     data-attune-config="lms-config.json"> (written by `npm run package:lms`);
//   - URL parameters: ?lms=scorm12|scorm2004|auto[&story=<id>][&passing=<0-100>];
//   - xAPI launch parameters (the TinCan launch convention): ?endpoint=<LRS>&auth=<Basic …>&actor=<JSON>
//     [&registration=<uuid>][&activity_id=<IRI>], or ?lmsconfig=<url of a JSON config file>.

export type ScormStandard = 'scorm12' | 'scorm2004' | 'auto';

export interface LaunchRequest {
  /** Which SCORM API to look for, or null for none (xAPI only). */
  scorm: ScormStandard | null;
  /** The scenario this launch plays (one SCO per scenario), or null for the whole library. */
  story: string | null;
  /** A JSON config file to read (relative to the page), or null. */
  configUrl: string | null;
  /** The page's query parameters, for the xAPI launch values and `passing`. */
  params: Record<string, string>;
}

function standard(value: string | null | undefined): ScormStandard | null {
  return value === 'scorm12' || value === 'scorm2004' || value === 'auto' ? value : null;
}

/** Reads the launch page and URL; null means "no LMS, no LRS": load nothing. */
export function lmsLaunchRequest(root: { dataset: DOMStringMap }, search: string): LaunchRequest | null {
  const query = new URLSearchParams(search);
  const params: Record<string, string> = {};
  query.forEach((value, key) => {
    params[key] = value;
  });
  const data = root.dataset;
  const scorm = standard(data.attuneLms) ?? standard(query.get('lms'));
  const configUrl = query.get('lmsconfig') ?? data.attuneConfig ?? null;
  const xapi = query.has('endpoint');
  if (!scorm && !configUrl && !xapi && data.attuneLms !== 'xapi') return null;
  return { scorm, story: data.attuneStory ?? query.get('story') ?? null, configUrl, params };
}
