// Reading stories from disk for the CLI: the main file plus INCLUDEs resolved beside it. Every read is
// bounded: only regular files (never a device, a FIFO or a socket), at most MAX_STORY_FILE_BYTES each,
// and an INCLUDE never leaves the story's folder, or the `root` folder the author names.
import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export const MAX_STORY_FILE_BYTES = 4 * 1024 * 1024;

export interface StoryOnDisk {
  fileName: string;
  source: string;
  readFile: (name: string) => string;
}

export class StoryFileError extends Error {
  override readonly name = 'StoryFileError';
}

/** Reads a regular text file of at most `maxBytes`; anything else is refused with a message naming the fix. */
export function readTextFileBounded(path: string, maxBytes = MAX_STORY_FILE_BYTES): string {
  let fd: number;
  try {
    // Stat before opening: opening a FIFO for reading would wait for a writer.
    const before = statSync(path);
    if (!before.isFile()) {
      throw new StoryFileError(
        `${path}: not a regular file (${kindOf(before)}); a story and its INCLUDEs must be .ink text files`,
      );
    }
    fd = openSync(path, 'r');
  } catch (error) {
    if (error instanceof StoryFileError) throw error;
    throw new StoryFileError(
      `${path}: cannot be read (${codeOf(error)}); check the path and its permissions`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new StoryFileError(
        `${path}: not a regular file (${kindOf(stat)}); a story and its INCLUDEs must be .ink text files`,
      );
    }
    if (stat.size > maxBytes) {
      throw new StoryFileError(
        `${path}: ${(stat.size / 1024 / 1024).toFixed(1)} MB is larger than the ${maxBytes / 1024 / 1024} MB a story file may have; split the story with INCLUDE`,
      );
    }
    // Read at most maxBytes + 1, so a file that grows while it is read is still refused.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length >= buffer.length) break;
    }
    if (length > maxBytes) {
      throw new StoryFileError(
        `${path}: larger than the ${maxBytes / 1024 / 1024} MB a story file may have; split the story with INCLUDE`,
      );
    }
    const text = buffer.subarray(0, length).toString('utf8');
    if (text.includes('\u0000'))
      throw new StoryFileError(`${path}: a binary file, not an ink story; INCLUDE only .ink text files`);
    return text;
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

function codeOf(error: unknown): string {
  return (error as { code?: string }).code ?? (error as Error).message;
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

export interface ReadStoryOptions {
  cwd?: string;
  /** The folder INCLUDEs may read from (default: the story's own folder). */
  root?: string;
}

export function readStory(path: string, options: ReadStoryOptions | string = {}): StoryOnDisk {
  const { cwd = process.cwd(), root } = typeof options === 'string' ? { cwd: options } : options;
  if (!existsSync(path)) {
    throw new StoryFileError(
      `${path}: no such file; give the path of an .ink story (for example stories/first-meeting.ink)`,
    );
  }
  const folder = dirname(path);
  const allowed = realpathSync(resolve(root ?? folder));
  const realFolder = realpathSync(resolve(folder));
  if (!inside(allowed, realFolder)) {
    throw new StoryFileError(`${path}: the story is outside --root ${root}; name a root that holds it`);
  }
  return {
    fileName: relative(cwd, path) || path,
    source: readTextFileBounded(path),
    readFile: (name) => {
      const target = resolve(realFolder, name);
      const where = root === undefined ? "the story's folder" : `--root ${root}`;
      const refuse = () =>
        new StoryFileError(
          `INCLUDE ${name}: outside ${where}; an INCLUDE may only name files inside it (pass --root <folder> to allow a wider folder)`,
        );
      if (!inside(allowed, target)) throw refuse();
      if (!existsSync(target)) {
        throw new StoryFileError(`INCLUDE ${name}: no such file next to ${path}; check the name and path`);
      }
      // A symbolic link inside the folder may still point out of it.
      if (!inside(allowed, realpathSync(target))) throw refuse();
      return readTextFileBounded(target);
    },
  };
}

/** The stories of a folder: its top-level .ink files (INCLUDEd parts live in subfolders). */
export function storiesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ink'))
    .sort()
    .map((name) => join(folder, name));
}

export function readJsonFile(path: string): unknown {
  try {
    return JSON.parse(readTextFileBounded(path)) as unknown;
  } catch (error) {
    throw new StoryFileError(
      `${path}: cannot read JSON (${(error as Error).message}); fix the file or pass another with --rubric`,
    );
  }
}
