// The library the wording checks learn from: every option of every scored story in a folder, read from
// the source (no compiling or exploring), with its move and whether it lies on the exemplary path.
import { parseChoiceTags } from '../../story/index.ts';
import { scanSource, type SourceFile, type SourceScan } from '../source-tags.ts';

export interface LibraryOption {
  file: string;
  line: number;
  text: string;
  move: string | undefined;
  exemplary: boolean;
}

export interface LibraryStory {
  /** The story's file name as validate shows it. */
  file: string;
  options: LibraryOption[];
}

export interface Library {
  /** Where the stories were read from, for the report ("stories/"). */
  folder: string;
  stories: LibraryStory[];
}

const INCLUDE = /^\s*INCLUDE\s+(\S.*?)\s*$/gm;

/** One story's options, INCLUDEd files too; null for an unscored story (no option has a move). */
export function libraryStory(
  fileName: string,
  source: string,
  readFile: (name: string) => string,
): LibraryStory | null {
  const files: SourceFile[] = [{ name: fileName, text: source }];
  const folder = fileName.slice(0, fileName.lastIndexOf('/') + 1);
  for (const match of source.matchAll(INCLUDE)) {
    const name = match[1];
    if (name === undefined) continue;
    try {
      files.push({ name: folder + name, text: readFile(name) });
    } catch {
      // A missing INCLUDE is the compiler's error to report; the library just goes without it.
    }
  }
  const options = optionsOf(scanSource(files));
  return options.some((option) => option.move !== undefined) ? { file: fileName, options } : null;
}

/** The options of a scanned story, each with its move and whether it is on the exemplary path. */
export function optionsOf(scan: SourceScan): LibraryOption[] {
  return scan.choices.map((choice) => {
    const tags = parseChoiceTags(choice.tags).value;
    return {
      file: choice.file,
      line: choice.line,
      text: choice.text,
      move: tags.moves[0],
      exemplary: tags.paths.includes('exemplary'),
    };
  });
}

/** Lower-case words of an option's label: what a trainee's eye (or a classifier) can latch onto. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

export function firstWord(text: string): string | undefined {
  return words(text)[0];
}
