// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition, as pure functions of the
// package's contents. Each scenario is its own SCO (or one SCO plays the whole library); the built app
// is one shared asset resource listing every file, so the manifest's file list is the zip's file list.

export type ScormTarget = 'scorm12' | 'scorm2004';

export interface ScoSpec {
  /** Story id (kebab-case file name) or `library`. */
  id: string;
  title: string;
  /** Launch page, relative to the package root. */
  href: string;
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
  const namespaces = is12
    ? [
        'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
        'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
      ]
    : [
        'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
        'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
        'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
        'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
        'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
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
