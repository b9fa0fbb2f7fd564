// A static scan of ink source for tags, with file and line, so contract errors point at the text to fix.

export interface SourceFile {
  /** Name as shown in messages. */
  name: string;
  text: string;
}

export type TagPlace = 'global' | 'line' | 'choice' | 'after-bracket' | 'unbracketed-choice';

export interface SourceTag {
  file: string;
  line: number;
  place: TagPlace;
  tag: string;
}

export interface SourceChoice {
  file: string;
  line: number;
  text: string;
  tags: string[];
}

export interface PhaseAssignment {
  file: string;
  line: number;
  value: string;
}

export interface SourceScan {
  tags: SourceTag[];
  choices: SourceChoice[];
  phaseAssignments: PhaseAssignment[];
  declaresPhase: boolean;
}

/** Removes // and block comments, keeping line numbers. */
function stripComments(text: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const raw of text.split(/\r?\n/)) {
    let line = '';
    for (let i = 0; i < raw.length; i++) {
      if (inBlock) {
        if (raw[i] === '*' && raw[i + 1] === '/') {
          inBlock = false;
          i++;
        }
      } else if (raw[i] === '/' && raw[i + 1] === '*') {
        inBlock = true;
        i++;
      } else if (raw[i] === '/' && raw[i + 1] === '/' && raw[i - 1] !== ':') {
        break;
      } else line += raw[i];
    }
    out.push(line);
  }
  return out;
}

/** Splits a line at unescaped `#`: the content before the first, then each tag. */
function splitTags(line: string): { content: string; tags: { text: string; offset: number }[] } {
  const parts: { text: string; offset: number }[] = [];
  let start = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '#' && line[i - 1] !== '\\') {
      if (start >= 0) parts.push({ text: line.slice(start, i).trim(), offset: start });
      start = i + 1;
    }
  }
  if (start >= 0) parts.push({ text: line.slice(start).trim(), offset: start });
  const first = line.search(/(?<!\\)#/);
  return { content: first >= 0 ? line.slice(0, first) : line, tags: parts.filter((p) => p.text !== '') };
}

const CHOICE = /^\s*(?:-\s*)*(?:[*+]\s*)+/;

export function scanSource(files: readonly SourceFile[]): SourceScan {
  const scan: SourceScan = { tags: [], choices: [], phaseAssignments: [], declaresPhase: false };
  files.forEach((file, fileIndex) => {
    let beforeContent = fileIndex === 0;
    stripComments(file.text).forEach((line, index) => {
      const lineNumber = index + 1;
      const trimmed = line.trim();
      if (trimmed === '') return;
      const phase = /^(?:VAR|~)\s*(?:temp\s+)?phase\s*=\s*(.+?)\s*$/.exec(trimmed);
      if (phase?.[1] !== undefined) {
        if (trimmed.startsWith('VAR')) scan.declaresPhase = true;
        scan.phaseAssignments.push({ file: file.name, line: lineNumber, value: phase[1] });
      }
      const { content, tags } = splitTags(line);
      const isChoice = CHOICE.test(content);
      if (beforeContent && !trimmed.startsWith('#')) beforeContent = false;
      if (isChoice) {
        const open = line.indexOf('[');
        const close = open >= 0 ? line.indexOf(']', open + 1) : -1;
        const push = (list: { text: string }[], place: TagPlace) => {
          for (const tag of list) scan.tags.push({ file: file.name, line: lineNumber, place, tag: tag.text });
        };
        if (open < 0 || close < 0) {
          push(tags, 'unbracketed-choice');
          const text = content.replace(CHOICE, '').trim();
          scan.choices.push({ file: file.name, line: lineNumber, text, tags: tags.map((t) => t.text) });
          return;
        }
        const before = splitTags(line.slice(0, open)).tags;
        const inside = splitTags(line.slice(open + 1, close));
        push([...before, ...inside.tags], 'choice');
        push(splitTags(line.slice(close + 1)).tags, 'after-bracket');
        const lead = splitTags(line.slice(0, open)).content.replace(CHOICE, '');
        const text = `${lead}${inside.content}`.trim();
        const tagTexts = [...before, ...inside.tags].map((t) => t.text);
        scan.choices.push({ file: file.name, line: lineNumber, text, tags: tagTexts });
        return;
      }
      for (const tag of tags) {
        scan.tags.push({
          file: file.name,
          line: lineNumber,
          place: beforeContent ? 'global' : 'line',
          tag: tag.text,
        });
      }
    });
  });
  return scan;
}

/** Where a choice with this text is written, for runtime findings that only know the text. */
export function locateChoice(scan: SourceScan, text: string): { file: string; line: number } | null {
  const wanted = text.trim();
  const found = scan.choices.find((choice) => choice.text === wanted);
  return found ? { file: found.file, line: found.line } : null;
}

/** Where a knot is declared. */
export function locateKnot(
  files: readonly SourceFile[],
  knot: string,
): { file: string; line: number } | null {
  const pattern = new RegExp(
    `^\\s*={2,}\\s*(?:function\\s+)?${knot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
  );
  for (const file of files) {
    const lines = file.text.split(/\r?\n/);
    const index = lines.findIndex((line) => pattern.test(line));
    if (index >= 0) return { file: file.name, line: index + 1 };
  }
  return null;
}
