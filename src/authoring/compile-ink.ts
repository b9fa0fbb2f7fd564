// Compiles ink source to runtime JSON. A pure function of its inputs: files are read through `readFile`,
// so it runs the same in Node, in a Worker and in tests. Every compiler message is kept, with severity,
// file and line.
import { Compiler, CompilerOptions } from 'inkjs/full';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  file: string;
  /** 1-based; 0 when the message names no line. */
  line: number;
  message: string;
  /** How many times this same finding was met, when more than once. */
  count?: number;
}

export interface CompileInput {
  /** Name of the main file, as it should appear in messages (for example "stories/x.ink"). */
  fileName: string;
  source: string;
  /** Reads an INCLUDEd file, named relative to the main file's folder. Throw if it does not exist. */
  readFile: (name: string) => string;
  /** Count visits of every container (the explorer uses it to find unreachable knots). */
  countAllVisits?: boolean;
}

export interface CompileResult {
  /** Runtime JSON, or null when compilation failed. */
  json: string | null;
  diagnostics: Diagnostic[];
  /** Every INCLUDEd file that was read, relative to the main file's folder. */
  includes: string[];
}

const MESSAGE = /^(RUNTIME )?(ERROR|WARNING|TODO)?:?\s*(?:'([^']*)'\s+)?(?:line (\d+):\s*)?([\s\S]*)$/;

export function parseCompilerMessage(raw: string, fallbackFile: string, severity: Severity): Diagnostic {
  const match = MESSAGE.exec(raw.trim());
  const file = match?.[3] ?? fallbackFile;
  const line = match?.[4] ? Number(match[4]) : 0;
  const message = (match?.[5] ?? raw).trim();
  return { severity, file, line, message };
}

export function formatDiagnostic(d: Diagnostic): string {
  const times = d.count !== undefined && d.count > 1 ? ` (×${d.count})` : '';
  return `${d.file}${d.line > 0 ? `:${d.line}` : ''}: ${d.severity}: ${d.message}${times}`;
}

export function compileInk(input: CompileInput): CompileResult {
  const includes: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const baseName = input.fileName.split('/').pop() ?? input.fileName;
  const fileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      if (name === baseName || name === input.fileName) return input.source;
      try {
        const text = input.readFile(name);
        if (!includes.includes(name)) includes.push(name);
        return text;
      } catch (error) {
        // A reader that refuses a file (outside the folder, a device, too large) says why; keep its words.
        if (error instanceof Error && error.name === 'StoryFileError') throw new Error(error.message);
        throw new Error(
          `INCLUDE ${name}: the file was not found next to ${input.fileName}; check the name and path`,
        );
      }
    },
  };
  const displayName = (file: string) =>
    file === baseName
      ? input.fileName
      : input.fileName.includes('/')
        ? joinBeside(input.fileName, file)
        : file;
  const onMessage = (message: string, type: number) => {
    const severity: Severity = type === 2 ? 'error' : type === 1 ? 'warning' : 'info';
    const diagnostic = parseCompilerMessage(message, baseName, severity);
    diagnostics.push({ ...diagnostic, file: displayName(diagnostic.file) });
  };
  const options = new CompilerOptions(baseName, [], input.countAllVisits ?? false, onMessage, fileHandler);
  const compiler = new Compiler(input.source, options);
  try {
    const story = compiler.Compile();
    return { json: story.ToJson() ?? null, diagnostics, includes };
  } catch (error) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({
        severity: 'error',
        file: input.fileName,
        line: 0,
        message: (error as Error).message,
      });
    }
    return { json: null, diagnostics, includes };
  }
}

function joinBeside(mainFile: string, name: string): string {
  const folder = mainFile.slice(0, mainFile.lastIndexOf('/') + 1);
  return `${folder}${name}`;
}
