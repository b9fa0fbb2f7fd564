// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition, and cmi5.xml for cmi5, as pure functions of the
// package's contents. The manifests name their schema files (carried at the package root) in
// xsi:schemaLocation, as the ADL conformance suite requires. Each scenario is its own SCO (or one SCO plays the whole library); the built app
// is one shared asset resource listing every file, so the manifest's file list is the zip's file list.

export type ScormTarget = 'scorm12' | 'scorm2004';
export type PackageTarget = ScormTarget | 'cmi5';

export interface ScoSpec {
  /** Story id (kebab-case file name) or `library`. */
  id: string;
  title: string;
  /** Launch page, relative to the package root. */
  href: string;
  /** False for an unscored story: there is nothing to pass, only to complete. */
  scored?: boolean;
}

export interface ManifestSpec {
  /** Package identifier, e.g. `attune`; made into a valid xs:ID. */
  identifier: string;
  title: string;
  version: string;
  scos: ScoSpec[];
  /** Every file of the shared app (launch pages excluded), relative paths with `/`. */
  assetFiles: string[];
  /** 0–100: written as adlcp:masteryscore (1.2) and minNormalizedMeasure (2004). */
  passingScore: number;
}

/** xs:ID / xs:NCName: a letter or `_` first, then letters, digits, `.`, `-`, `_`. */
export function xmlId(text: string): string {
  const body = text.replace(/[^A-Za-z0-9._-]+/g, '-');
  return /^[A-Za-z_]/.test(body) ? body : `_${body}`;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A file href as the manifest needs it: a relative URI (spaces and the like percent-encoded). */
export function hrefOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

const ASSETS_ID = 'attune-app';

function fileList(files: readonly string[], indent: string): string {
  return files.map((f) => `${indent}<file href="${escapeXml(hrefOf(f))}"/>`).join('\n');
}

export function scormManifest(target: ScormTarget, spec: ManifestSpec): string {
  const is12 = target === 'scorm12';
  const org = `${xmlId(spec.identifier)}-org`;
  const scoType = is12 ? 'adlcp:scormtype' : 'adlcp:scormType';
  const schemas = is12
    ? [
        ['', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
        ['adlcp', 'http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
      ]
    : [
        ['', 'http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
        ['adlcp', 'http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
        ['adlseq', 'http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
        ['adlnav', 'http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
        ['imsss', 'http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
      ];
  const namespaces = [
    ...schemas.map(([prefix, ns]) => `xmlns${prefix ? `:${prefix}` : ''}="${ns}"`),
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `xsi:schemaLocation="${schemas.map(([, ns, file]) => `${ns} ${file}`).join(' ')}"`,
  ];
  const passing = Math.min(100, Math.max(0, spec.passingScore));
  const items = spec.scos
    .map((sco) => {
      const mastery = is12
        ? `\n        <adlcp:masteryscore>${Math.round(passing)}</adlcp:masteryscore>`
        : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${xmlId(`${sco.id}-pass`)}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${passing / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
      return `      <item identifier="${xmlId(`item-${sco.id}`)}" identifierref="${xmlId(`sco-${sco.id}`)}"${is12 ? ' isvisible="true"' : ''}>
        <title>${escapeXml(sco.title)}</title>${mastery}
      </item>`;
    })
    .join('\n');
  const orgSequencing = is12
    ? ''
    : `
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>`;
  const scoResources = spec.scos
    .map(
      (
        sco,
      ) => `    <resource identifier="${xmlId(`sco-${sco.id}`)}" type="webcontent" ${scoType}="sco" href="${escapeXml(hrefOf(sco.href))}">
      <file href="${escapeXml(hrefOf(sco.href))}"/>
      <dependency identifierref="${ASSETS_ID}"/>
    </resource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(spec.identifier)}" version="${escapeXml(spec.version)}"
  ${namespaces.join('\n  ')}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${is12 ? '1.2' : '2004 4th Edition'}</schemaversion>
  </metadata>
  <organizations default="${org}">
    <organization identifier="${org}">
      <title>${escapeXml(spec.title)}</title>
${items}${orgSequencing}
    </organization>
  </organizations>
  <resources>
${scoResources}
    <resource identifier="${ASSETS_ID}" type="webcontent" ${scoType}="asset">
${fileList(spec.assetFiles, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export interface CourseSpec {
  /** The course's IRI; each AU's id is `<courseId>/<sco id>`. */
  courseId: string;
  title: string;
  description: string;
  aus: ScoSpec[];
  /** 0–100: each scored AU's masteryScore (0–1). */
  passingScore: number;
}

function langstring(text: string): string {
  return `<langstring lang="en-US">${escapeXml(text)}</langstring>`;
}

/**
 * cmi5.xml (cmi5 course structure, https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd). A scored
 * AU moves on when completed and passed against its masteryScore; an unscored one when completed.
 */
export function cmi5CourseStructure(spec: CourseSpec): string {
  const mastery = Math.min(100, Math.max(0, spec.passingScore)) / 100;
  const aus = spec.aus
    .map((au) => {
      const scored = au.scored !== false;
      const attributes = [
        `id="${escapeXml(`${spec.courseId}/${au.id}`)}"`,
        `moveOn="${scored ? 'CompletedAndPassed' : 'Completed'}"`,
        ...(scored ? [`masteryScore="${mastery}"`] : []),
        'launchMethod="AnyWindow"',
      ].join(' ');
      return `  <au ${attributes}>
    <title>${langstring(au.title)}</title>
    <description>${langstring(scored ? `A scored meeting: ${au.title}` : `An unscored meeting: ${au.title}`)}</description>
    <url>${escapeXml(hrefOf(au.href))}</url>
  </au>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(spec.courseId)}">
    <title>${langstring(spec.title)}</title>
    <description>${langstring(spec.description)}</description>
  </course>
${aus}
</courseStructure>
`;
}
