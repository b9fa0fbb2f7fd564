// Decides, before anything else loads, whether this launch talks to an LMS or an LRS at all. It is the only
// LMS code in the app's first bundle: when it returns null, no LMS code is fetched and the game plays as
// usual. Everything else in src/lms is loaded on demand by connect-lms.ts.
//
// The launch page, not the URL, says where learner data may go. A package launch page (written by
// `npm run package:lms`) carries:
//   data-attune-lms="scorm12|scorm2004|auto|cmi5|xapi"   which LMS to talk to
//   data-attune-story="<id>"                              the scenario this launch plays (absent: library)
//   data-attune-config="lms-config.json"                  the package's config file (passing score, LRS)
//   data-attune-xapi="file|launch"                        where the LRS settings come from:
//       file    only from the package's config file; endpoint/auth/actor/registration/lmsconfig in the
//               URL are ignored (a link cannot redirect learner data elsewhere);
//       launch  only from the launch URL (the TinCan launch convention: ?endpoint=&auth=&actor=
//               [&registration=][&activity_id=]), and nothing about the LRS from the file. cmi5 pages
//               always take theirs from the launch (?endpoint=&fetch=&actor=&registration=&activityId=).
// The standalone app (no data attributes) accepts only ?lms=scorm12|scorm2004|auto[&story=][&passing=]:
// it looks for a SCORM API in its parent frames and never sends learner data to an LRS named in the URL.

export type ScormStandard = 'scorm12' | 'scorm2004' | 'auto';

/** Where the xAPI endpoint, credentials and actor come from (see above). */
export type XapiSource = 'file' | 'launch';

export interface LaunchRequest {
  /** Which SCORM API to look for, or null for none (xAPI or cmi5 only). */
  scorm: ScormStandard | null;
  /** True on a cmi5 AU launch page. */
  cmi5?: boolean;
  /** The scenario this launch plays (one SCO per scenario), or null for the whole library. */
  story: string | null;
  /** The package's JSON config file (relative to the page), or null. Never taken from the URL. */
  configUrl: string | null;
  /** Where the LRS settings come from; `file` unless the page says `launch`. */
  xapiSource?: XapiSource;
  /** True on a package launch page: the URL cannot change the passing score either. */
  packaged?: boolean;
  /** The page's query parameters. */
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
  const packaged = data.attuneLms !== undefined || data.attuneConfig !== undefined;
  const cmi5 = data.attuneLms === 'cmi5';
  const scorm = packaged ? standard(data.attuneLms) : standard(query.get('lms'));
  const configUrl = data.attuneConfig ?? null;
  const xapiSource: XapiSource = cmi5 || data.attuneXapi === 'launch' ? 'launch' : 'file';
  const xapiFromLaunch = packaged && xapiSource === 'launch' && query.has('endpoint');
  if (!scorm && !configUrl && !xapiFromLaunch && !cmi5 && data.attuneLms !== 'xapi') return null;
  return {
    scorm,
    cmi5,
    story: data.attuneStory ?? (packaged ? null : query.get('story')),
    configUrl,
    xapiSource,
    packaged,
    params,
  };
}
