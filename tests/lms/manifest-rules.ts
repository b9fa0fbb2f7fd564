// The SCORM content-packaging rules an LMS checks on import, as a reusable checker for the unit and
// browser tests: well-formed XML, the right schema version, valid and unique identifiers, every reference
// resolved, every SCO launchable, and a file list that is exactly the zip's.
import { Window } from 'happy-dom';

export interface ManifestFacts {
  problems: string[];
  schemaversion: string;
  scos: { identifier: string; href: string; title: string; mastery: string | null }[];
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

export function checkManifest(
  xml: string,
  zipFiles: readonly string[],
  version: '1.2' | '2004',
): ManifestFacts {
  const problems: string[] = [];
  const win = new Window();
  const doc = new win.DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0)
    problems.push('imsmanifest.xml is not well-formed XML');
  const all = (name: string) => [...doc.getElementsByTagName(name)];
  const manifest = doc.documentElement;
  if (manifest.tagName !== 'manifest') problems.push(`root element is <${manifest.tagName}>, not <manifest>`);
  const ns = manifest.getAttribute('xmlns');
  const expectedNs =
    version === '1.2'
      ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2'
      : 'http://www.imsglobal.org/xsd/imscp_v1p1';
  if (ns !== expectedNs) problems.push(`manifest namespace ${ns} should be ${expectedNs}`);
  const schemaversion = all('schemaversion')[0]?.textContent?.trim() ?? '';
  const expectedVersion = version === '1.2' ? '1.2' : '2004 4th Edition';
  if (schemaversion !== expectedVersion)
    problems.push(`schemaversion "${schemaversion}" should be "${expectedVersion}"`);

  const ids = new Map<string, number>();
  for (const el of [manifest, ...all('organization'), ...all('item'), ...all('resource')]) {
    const id = el.getAttribute('identifier') ?? '';
    if (!NCNAME.test(id)) problems.push(`<${el.tagName} identifier="${id}"> is not a valid xs:ID`);
    ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  for (const [id, n] of ids) if (n > 1) problems.push(`identifier "${id}" is used ${n} times`);

  const organizations = all('organizations')[0];
  const def = organizations?.getAttribute('default') ?? '';
  if (!all('organization').some((o) => o.getAttribute('identifier') === def)) {
    problems.push(`organizations default="${def}" names no organization`);
  }
  const resources = new Map(all('resource').map((r) => [r.getAttribute('identifier') ?? '', r]));
  const typeAttr = version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
  const zipSet = new Set(zipFiles);
  const decode = (href: string) => href.split('/').map(decodeURIComponent).join('/');

  const scos: ManifestFacts['scos'] = [];
  for (const item of all('item')) {
    const ref = item.getAttribute('identifierref');
    if (!ref) continue;
    const resource = resources.get(ref);
    if (!resource) {
      problems.push(`item ${item.getAttribute('identifier')} points at missing resource ${ref}`);
      continue;
    }
    if (resource.getAttribute(typeAttr) !== 'sco')
      problems.push(`resource ${ref} launched by an item is not a sco`);
    const href = resource.getAttribute('href') ?? '';
    if (!zipSet.has(decode(href))) problems.push(`SCO ${ref} launches ${href}, which is not in the zip`);
    const mastery =
      version === '1.2'
        ? (item.getElementsByTagName('adlcp:masteryscore')[0]?.textContent ?? null)
        : (item.getElementsByTagName('imsss:minNormalizedMeasure')[0]?.textContent ?? null);
    scos.push({
      identifier: ref,
      href: decode(href),
      title: item.getElementsByTagName('title')[0]?.textContent ?? '',
      mastery,
    });
  }
  for (const resource of resources.values()) {
    if (resource.getAttribute('type') !== 'webcontent')
      problems.push(`resource ${resource.getAttribute('identifier')} is not webcontent`);
    const type = resource.getAttribute(typeAttr);
    if (type !== 'sco' && type !== 'asset')
      problems.push(`resource ${resource.getAttribute('identifier')} has ${typeAttr}="${type}"`);
    for (const dep of [...resource.getElementsByTagName('dependency')]) {
      const ref = dep.getAttribute('identifierref') ?? '';
      if (!resources.has(ref)) problems.push(`dependency on missing resource ${ref}`);
    }
  }
  const listed = all('file').map((f) => decode(f.getAttribute('href') ?? ''));
  for (const file of listed)
    if (!zipSet.has(file)) problems.push(`manifest lists ${file}, which is not in the zip`);
  const listedSet = new Set(listed);
  // The schema files sit at the root beside the manifest and are not resources of the course.
  const schemaFile = (file: string) => /^[^/]+\.(xsd|dtd)$/.test(file);
  for (const file of zipFiles) {
    if (file !== 'imsmanifest.xml' && !schemaFile(file) && !listedSet.has(file))
      problems.push(`zip holds ${file}, which the manifest does not list`);
  }
  return { problems, schemaversion, scos };
}

/** Every error xmllint reports validating `xml` against `schema` (a file among `files`); empty when valid. */
export async function schemaErrors(
  xml: string,
  schema: string,
  files: Record<string, Uint8Array | string>,
): Promise<string[]> {
  const { validateXML } = await import('xmllint-wasm');
  const text = (v: Uint8Array | string) => (typeof v === 'string' ? v : new TextDecoder().decode(v));
  const entry = files[schema];
  if (entry === undefined) return [`the schema ${schema} is missing`];
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [{ fileName: schema, contents: text(entry) }],
    preload: Object.entries(files)
      .filter(([name]) => name !== schema && /\.(xsd|dtd)$/.test(name))
      .map(([fileName, contents]) => ({ fileName, contents: text(contents) })),
  });
  return result.errors.map((e) => e.message);
}

/**
 * Validates a manifest against the schemas its own xsi:schemaLocation names, from the package's files: a
 * wrapper schema imports each namespace from the file given for it, so every extension element and
 * attribute (adlcp, imsss…) is checked, not only the content-packaging core.
 */
export async function manifestSchemaErrors(
  xml: string,
  files: Record<string, Uint8Array>,
): Promise<string[]> {
  const location = /xsi:schemaLocation="([^"]*)"/.exec(xml)?.[1];
  if (!location) return ['imsmanifest.xml has no xsi:schemaLocation'];
  const words = location.trim().split(/\s+/);
  const imports: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i + 1 < words.length; i += 2) {
    const file = words[i + 1] ?? '';
    if (!files[file]) problems.push(`xsi:schemaLocation names ${file}, which is not at the package root`);
    imports.push(`<xs:import namespace="${words[i]}" schemaLocation="${file}"/>`);
  }
  if (problems.length > 0) return problems;
  const wrapper = `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:attune:test:all-schemas">${imports.join('')}</xs:schema>`;
  return schemaErrors(xml, 'all-schemas.xsd', { ...files, 'all-schemas.xsd': wrapper });
}
