import { describe, expect, it } from 'vitest';
import { compileInk, parseCompilerMessage } from '../../src/authoring/compile-ink.ts';
import { InkCompileError, inkToModule } from '../../src/authoring/ink-module.ts';

const files: Record<string, string> = {
  '/p/stories/main.ink': 'INCLUDE parts/meeting.ink\nHello.\n-> meeting\n',
  '/p/stories/parts/meeting.ink': '=== meeting ===\nWe meet.\n-> END\n',
  '/p/stories/broken.ink': 'INCLUDE parts/bad.ink\nHello.\n-> bad\n',
  '/p/stories/parts/bad.ink': '=== bad ===\nOops {missing}.\n-> END\n',
};
const readFile = (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error(`ENOENT ${path}`);
  return text;
};

describe('compileInk', () => {
  it('compiles with INCLUDEs and reports which files were read', () => {
    const result = compileInk({
      fileName: 'stories/main.ink',
      source: readFile('/p/stories/main.ink'),
      readFile: (name) => readFile(`/p/stories/${name}`),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.includes).toEqual(['parts/meeting.ink']);
    expect(JSON.parse(result.json ?? '{}')).toHaveProperty('inkVersion');
  });

  it('keeps every error with severity, file and line', () => {
    const result = compileInk({
      fileName: 'stories/broken.ink',
      source: readFile('/p/stories/broken.ink'),
      readFile: (name) => readFile(`/p/stories/${name}`),
    });
    expect(result.json).toBeNull();
    expect(result.diagnostics).toEqual([
      { severity: 'error', file: 'stories/parts/bad.ink', line: 2, message: 'Unresolved variable: missing' },
    ]);
  });

  it('reports several errors, not just the first', () => {
    const result = compileInk({ fileName: 'x.ink', source: '-> nowhere\n{a}\n{b}\n', readFile });
    expect(result.diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThanOrEqual(3);
    expect(result.diagnostics.every((d) => d.file === 'x.ink' && d.line > 0)).toBe(true);
  });

  it('names a missing INCLUDE', () => {
    const result = compileInk({ fileName: 'stories/x.ink', source: 'INCLUDE gone.ink\nHi.\n', readFile });
    expect(result.json).toBeNull();
    expect(result.diagnostics[0]?.message).toMatch(/gone\.ink/);
  });

  it('parses compiler message formats', () => {
    expect(parseCompilerMessage("ERROR: 'a.ink' line 9: Bad thing", 'main.ink', 'error')).toEqual({
      severity: 'error',
      file: 'a.ink',
      line: 9,
      message: 'Bad thing',
    });
    expect(parseCompilerMessage('WARNING: line 3: Loose end', 'main.ink', 'warning')).toMatchObject({
      file: 'main.ink',
      line: 3,
    });
  });
});

describe('inkToModule (the Vite plugin step)', () => {
  it('exports the compiled JSON and lists INCLUDEs to watch', () => {
    const module = inkToModule({ path: '/p/stories/main.ink', displayName: 'stories/main.ink', readFile });
    expect(module.code.startsWith('export default JSON.parse(')).toBe(true);
    expect(module.watchFiles).toEqual(['/p/stories/parts/meeting.ink']);
  });

  it('throws an error located at the INCLUDEd file and line, for the error overlay', () => {
    let caught: unknown;
    try {
      inkToModule({ path: '/p/stories/broken.ink', displayName: 'stories/broken.ink', readFile });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InkCompileError);
    const error = caught as InkCompileError;
    expect([error.file, error.line]).toEqual(['/p/stories/parts/bad.ink', 2]);
    expect(error.message).toBe('stories/parts/bad.ink:2: error: Unresolved variable: missing');
    expect(error.watchFiles).toEqual(['/p/stories/parts/bad.ink']);
  });
});
