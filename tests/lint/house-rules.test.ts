// The lint config enforces the house of DESIGN §2: each rule rejects a deliberate violation in its folder,
// and the imports the house allows stay allowed.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: resolve(ROOT, 'eslint.config.js') });
  // The first lint loads the parser and the plugins: do it here, not inside a test.
  await eslint.lintText('export const warm = 1;\n', { filePath: resolve(ROOT, 'src/kit/warm-up.ts') });
}, 60_000);

/** The restricted-import messages for `code` as if it were the file at `path`. */
async function restricted(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lint rules of the house', () => {
  it('game/ never imports sim/', async () => {
    const found = await restricted(
      'src/game/new-scene.ts',
      "import { moodFor } from '../sim/index.ts';\nexport const m = moodFor;\n",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('src/game');
  });

  it('ui/ talks to the session, the frame and the kit, not to sim (nor its default rubric)', async () => {
    const found = await restricted(
      'src/ui/meeting/new-panel.ts',
      [
        "import { scoreChoice } from '../../sim/index.ts';",
        "import { defaultRubric } from '../../sim/default-rubric.ts';",
        'export const x = [scoreChoice, defaultRubric];',
        '',
      ].join('\n'),
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('src/session');
  });

  it('present/ never reaches into ui/ screens or sim/', async () => {
    const found = await restricted(
      'src/present/new-view.ts',
      [
        "import { renderDebrief } from '../ui/debrief/debrief-screen.ts';",
        "import { scoreChoice } from '../sim/scoring-engine.ts';",
        'export const x = [renderDebrief, scoreChoice];',
        '',
      ].join('\n'),
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('src/kit');
  });

  it('persist/ and lms/ never import presentation', async () => {
    const persist = await restricted(
      'src/persist/new-store.ts',
      "import { h } from '../kit/dom.ts';\nexport const x = h;\n",
    );
    const lms = await restricted(
      'src/lms/new-reporter.ts',
      "import { AudienceView } from '../present/audience-view.ts';\nexport const x = AudienceView;\n",
    );
    expect(persist).toHaveLength(1);
    expect(lms).toHaveLength(1);
    expect(lms[0]).toContain('never import presentation');
  });

  it('nothing in the browser imports src/authoring or the ink compiler', async () => {
    const code = "import { compileInk } from '../authoring/compile-ink.ts';\nexport const x = compileInk;\n";
    for (const path of [
      'src/boot/new-route.ts',
      'src/present/new-view.ts',
      'src/offline/new.ts',
      'src/main.ts',
    ]) {
      const found = await restricted(path, code);
      expect(found, path).toHaveLength(1);
      expect(found[0], path).toContain('src/authoring');
    }
    const full = await restricted(
      'src/ui/meeting/new-check.ts',
      "import { Compiler } from 'inkjs/full';\nexport const x = Compiler;\n",
    );
    expect(full).toHaveLength(1);
  });

  it('allows what the house allows: the session, its frame and the kit', async () => {
    const code = [
      "import { meetingFrame } from '../session/index.ts';",
      "import { h } from '../kit/dom.ts';",
      "import type { StageView } from '../game/stage-types.ts';",
      'export const x = [meetingFrame, h];',
      'export type S = StageView;',
      '',
    ].join('\n');
    expect(await restricted('src/present/new-view.ts', code)).toEqual([]);
    expect(await restricted('src/ui/new-screen.ts', code)).toEqual([]);
  });
});
