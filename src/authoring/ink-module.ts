// Turns an .ink file into an ES module whose default export is the compiled story JSON. Pure apart from the
// injected file reader, so it is tested without Vite; vite-plugin-ink.ts only adapts it.
import { compileInk, formatDiagnostic, type Diagnostic } from './compile-ink.ts';

export interface InkModuleInput {
  /** Absolute path of the .ink file. */
  path: string;
  /** How the file is named in messages (usually relative to the project root). */
  displayName: string;
  /** Reads a file by absolute path. */
  readFile: (absolutePath: string) => string;
}

export interface InkModule {
  code: string;
  /** Absolute paths of INCLUDEd files: a change to any of them recompiles the module. */
  watchFiles: string[];
  warnings: Diagnostic[];
}

export class InkCompileError extends Error {
  override readonly name = 'InkCompileError';
  constructor(
    readonly diagnostics: Diagnostic[],
    /** Absolute path of the file of the first error, for the error overlay. */
    readonly file: string,
    readonly line: number,
    readonly watchFiles: string[],
  ) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

export function inkToModule(input: InkModuleInput): InkModule {
  const folder = folderOf(input.path);
  const result = compileInk({
    fileName: input.displayName,
    source: input.readFile(input.path),
    readFile: (name) => input.readFile(folder + name),
  });
  const watchFiles = result.includes.map((name) => folder + name);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.json === null || errors.length > 0) {
    const first = errors[0] ?? { file: input.displayName, line: 0 };
    const displayFolder = folderOf(input.displayName);
    const relative = first.file.startsWith(displayFolder)
      ? first.file.slice(displayFolder.length)
      : first.file;
    throw new InkCompileError(errors, folder + relative, first.line, watchFiles);
  }
  return {
    code: `export default JSON.parse(${JSON.stringify(result.json)});\n`,
    watchFiles,
    warnings: result.diagnostics.filter((d) => d.severity !== 'error'),
  };
}
