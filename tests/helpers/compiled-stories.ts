// Compiling ink is the slowest thing a test does, so each story is compiled once per content, not once per
// test: results are cached on disk (node_modules/.cache/attune-ink), keyed by a hash of the compiler
// version, the compile step's own source, the options and the story's source; each entry records the
// INCLUDEd files it read and is used only while their text is unchanged. A fresh clone compiles each
// story once; later runs read JSON. Delete the folder to start over.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  compileInk,
  formatDiagnostic,
  type CompileInput,
  type CompileResult,
} from '../../src/authoring/compile-ink.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const STORIES = resolve(ROOT, 'stories');
const CACHE = resolve(ROOT, 'node_modules/.cache/attune-ink');

const hash = (...parts: string[]): string => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex');
};

const inkVersion = (
  JSON.parse(readFileSync(resolve(ROOT, 'node_modules/inkjs/package.json'), 'utf8')) as { version: string }
).version;
const compilerKey = hash(inkVersion, readFileSync(resolve(ROOT, 'src/authoring/compile-ink.ts'), 'utf8'));

interface Entry {
  result: CompileResult;
  /** Hash of each INCLUDEd file's text when the entry was written. */
  includes: Record<string, string>;
}

const memory = new Map<string, CompileResult>();

function readEntry(file: string, input: CompileInput): CompileResult | null {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
  } catch {
    return null;
  }
  for (const [name, digest] of Object.entries(entry.includes)) {
    try {
      if (hash(input.readFile(name)) !== digest) return null;
    } catch {
      return null;
    }
  }
  return entry.result;
}

/** compileInk, cached in memory and on disk. Same inputs, same result; diagnostics are cached too. */
export function cachedCompileInk(input: CompileInput): CompileResult {
  const key = hash(compilerKey, input.fileName, String(input.countAllVisits ?? false), input.source);
  const known = memory.get(key);
  if (known) return known;
  const file = join(CACHE, `${key}.json`);
  let result = readEntry(file, input);
  if (!result) {
    result = compileInk(input);
    const entry: Entry = {
      result,
      includes: Object.fromEntries(result.includes.map((name) => [name, hash(input.readFile(name))])),
    };
    mkdirSync(CACHE, { recursive: true });
    // Written aside and renamed, so a parallel test worker never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(entry));
    renameSync(partial, file);
  }
  memory.set(key, result);
  return result;
}

/** The compiled JSON of an ink file on disk (its INCLUDEs read beside it); throws on compiler errors. */
export function compiledFile(path: string): string {
  const result = cachedCompileInk({
    fileName: path,
    source: readFileSync(path, 'utf8'),
    readFile: (name) => readFileSync(join(dirname(path), name), 'utf8'),
  });
  if (result.json === null) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.json;
}

/** The compiled JSON of a shipped story, stories/<id>.ink. */
export function compiledStory(id: string): string {
  return compiledFile(resolve(STORIES, `${id}.ink`));
}

/** A shipped story as the runtime's JSON object. */
export function storyJson(id: string): Record<string, unknown> {
  return JSON.parse(compiledStory(id)) as Record<string, unknown>;
}
