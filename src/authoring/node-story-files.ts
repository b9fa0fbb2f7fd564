// Reading stories from disk for the CLI: the main file plus INCLUDEs resolved beside it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface StoryOnDisk {
  fileName: string;
  source: string;
  readFile: (name: string) => string;
}

export class StoryFileError extends Error {
  override readonly name = 'StoryFileError';
}

export function readStory(path: string, cwd = process.cwd()): StoryOnDisk {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new StoryFileError(
      `${path}: no such file; give the path of an .ink story (for example stories/first-meeting.ink)`,
    );
  }
  const folder = dirname(path);
  return {
    fileName: relative(cwd, path) || path,
    source: readFileSync(path, 'utf8'),
    readFile: (name) => readFileSync(join(folder, name), 'utf8'),
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
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new StoryFileError(
      `${path}: cannot read JSON (${(error as Error).message}); fix the file or pass another with --rubric`,
    );
  }
}
