// Vite plugin: `import story from './x.ink'` yields the compiled story JSON. Compile errors open Vite's error
// overlay at the .ink file and line; INCLUDEd files are watched.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic } from './compile-ink.ts';
import { InkCompileError, inkToModule } from './ink-module.ts';

export function inkPlugin(): Plugin {
  return {
    name: 'attune-ink',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0] ?? id;
      if (!path.endsWith('.ink')) return null;
      try {
        const module = inkToModule({
          path,
          displayName: relative(process.cwd(), path),
          readFile: (file) => readFileSync(file, 'utf8'),
        });
        for (const file of module.watchFiles) this.addWatchFile(file);
        for (const warning of module.warnings) this.warn(formatDiagnostic(warning));
        return { code: module.code, map: null };
      } catch (error) {
        if (!(error instanceof InkCompileError)) throw error;
        for (const file of error.watchFiles) this.addWatchFile(file);
        this.error({
          message: error.message,
          id: error.file,
          loc: { file: error.file, line: Math.max(1, error.line), column: 0 },
        });
      }
    },
  };
}
