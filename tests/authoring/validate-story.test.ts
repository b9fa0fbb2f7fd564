import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/compile-ink.ts';
import { validateStory } from '../../src/authoring/validate-story.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';

function validate(source: string, maxStates = 10_000) {
  return validateStory({
    fileName: 'stories/test.ink',
    source,
    readFile: () => {
      throw new Error('no includes here');
    },
    rubric: defaultRubric,
    maxStates,
  });
}
const messages = (source: string) => validate(source).errors.map(formatDiagnostic);

const GOOD = `# title: Good
# must: budget Ask about budget
VAR phase = 1
Hi. # speaker: buyer
* [Ask #move: open-probe #path: exemplary #covers: budget]
  Fine. # outcome: advance
  -> END
* [Pitch #move: pitch #path: failure]
  No. # outcome: no-sale
  -> END
`;

describe('attune validate: a valid story', () => {
  it('reports states, endings, score range and canonical paths', () => {
    const result = validate(GOOD);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({
      ok: true,
      scored: true,
      title: 'Good',
      states: 1,
      complete: true,
      endings: { advance: 1, 'no-sale': 1 },
      deadEnds: 0,
      unreachableKnots: [],
    });
    expect(result.paths).toEqual([
      { name: 'exemplary', outcome: 'advance', overall: result.maxOverall, decisions: 1 },
      { name: 'failure', outcome: 'no-sale', overall: result.minOverall, decisions: 1 },
    ]);
  });
});

describe('attune validate: bad input gets file, line and fix', () => {
  it('malformed ink', () => {
    expect(messages('Hello\n* [a -> END\n')).toEqual([
      "stories/test.ink:2: error: Expected closing ']' for weave-style option but saw '-> END'",
    ]);
    expect(messages('Hello {x}\n-> END\n')).toEqual(['stories/test.ink:1: error: Unresolved variable: x']);
  });

  it('an unknown move, with a suggestion', () => {
    expect(messages(GOOD.replace('move: pitch', 'move: pich'))).toContain(
      'stories/test.ink:8: error: unknown move "pich"; did you mean "pitch"?',
    );
  });

  it('a choice with two moves', () => {
    expect(messages(GOOD.replace('#move: pitch', '#move: pitch #move: price'))).toContain(
      'stories/test.ink:8: error: choice "Pitch" has 2 moves (pitch, price); a choice makes exactly one move: keep one "#move:"',
    );
  });

  it('a choice with no move in a scored story', () => {
    expect(messages(GOOD.replace('#move: pitch ', ''))).toContain(
      'stories/test.ink:8: error: choice "Pitch" has no move; add "#move: <id>" inside its brackets',
    );
  });

  it('a line tag after the closing bracket is fine: it tags the line', () => {
    const source = GOOD.replace('failure]\n  No. # outcome: no-sale', 'failure] No. # outcome: no-sale');
    expect(source).not.toBe(GOOD);
    expect(messages(source)).toEqual([]);
  });

  it('a choice tag after the closing bracket', () => {
    expect(messages(GOOD.replace('#path: failure]', ']  #path: failure'))).toContain(
      'stories/test.ink:8: error: tag "#path: failure" comes after "]" and never reaches the choice; move it inside the brackets',
    );
  });

  it('a path that forks', () => {
    expect(messages(GOOD.replace('#path: failure', '#path: exemplary'))).toContain(
      'stories/test.ink: error: path "exemplary" forks at decision 1 (after "Hi."): 2 choices carry "# path: exemplary" ("Ask", "Pitch"); keep the tag on exactly one',
    );
  });

  it('a path that dead-ends before an ending', () => {
    const source = GOOD.replace('Fine. # outcome: advance\n  -> END', 'Fine.\n  -> next').concat(
      '=== next ===\nMore.\n* [On #move: reflect] Done. # outcome: advance\n  -> END\n',
    );
    expect(messages(source)).toContain(
      'stories/test.ink: error: path "exemplary" stops at decision 2 (after "More."): no choice there carries "# path: exemplary"; tag exactly one of its choices',
    );
  });

  it('a covers without a must', () => {
    expect(messages(GOOD.replace('#covers: budget', '#covers: budgte'))).toContain(
      'stories/test.ink:5: error: "#covers: budgte" names no must item; declare it at the top with "# must: budgte <text>" or fix the id',
    );
  });

  it('an ending without an outcome is a dead end', () => {
    const result = validate(GOOD.replace('No. # outcome: no-sale', 'No.'));
    expect(result.deadEnds).toBe(1);
    expect(result.errors.map(formatDiagnostic)).toContain(
      'stories/test.ink: error: the story ends without an outcome after "No."; end every ending with a line tagged "# outcome: order|advance|continuation|no-sale"',
    );
  });

  it('a phase of 4, written literally or reached at run time', () => {
    expect(messages(GOOD.replace('VAR phase = 1', 'VAR phase = 4'))).toContain(
      "stories/test.ink:3: error: phase is set to 4; the buyer's phase is 1, 2 or 3",
    );
    const computed = GOOD.replace('Fine. #', '~ phase = phase + 3\n  Fine. #');
    expect(messages(computed)).toContain(
      'stories/test.ink:5: error: phase became 4; it must stay 1, 2 or 3 (after "Ask")',
    );
  });

  it('a scored story without a phase variable', () => {
    expect(messages(GOOD.replace('VAR phase = 1\n', ''))).toContain(
      'stories/test.ink: error: a scored story must declare the buyer\'s phase: add "VAR phase = 1" (or 2, 3) at the top',
    );
  });

  it('an ink runtime error in the middle of the story', () => {
    const source = GOOD.replace('No. # outcome: no-sale', 'Roll {RANDOM(5, 1)}. # outcome: no-sale');
    expect(
      messages(source).some((m) =>
        /^stories\/test\.ink:8: error: ink stopped: .*RANDOM.* after the choice "Pitch"$/.test(m),
      ),
    ).toBe(true);
  });

  it('an EXTERNAL without ink fallback: a stub returning 0 and a warning naming it, or refused when strict', () => {
    const source = `EXTERNAL beep()\n${GOOD.replace('Hi.', 'Hi{beep()}.')}`;
    const result = validate(source);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatDiagnostic)).toContain(
      'stories/test.ink: warning: EXTERNAL beep has no ink fallback: validate and play call a stub that returns 0, so branches on its result may differ in the game; write an ink function of the same name as a fallback (or pass --strict-externals to refuse)',
    );
    const strict = validateStory({
      fileName: 'stories/test.ink',
      source,
      readFile: () => '',
      rubric: defaultRubric,
      maxStates: 1000,
      strictExternals: true,
    });
    expect(strict.ok).toBe(false);
    expect(strict.errors.map((e) => e.message)).toEqual([
      'EXTERNAL beep has no ink fallback, and --strict-externals refuses a stub; write an ink function of the same name for each, or drop --strict-externals',
    ]);
  });

  it('an EXTERNAL with an ink fallback runs the fallback', () => {
    const source = `EXTERNAL beep()\n${GOOD.replace('Hi.', 'Hi{beep()}.')}\n=== function beep() ===\n~ return 1\n`;
    const result = validate(source);
    expect(result.errors).toEqual([]);
    expect(result.notes).toContain("EXTERNAL beep: validate and play run the story's ink fallback");
  });

  it('a malformed tag on a line', () => {
    expect(messages(GOOD.replace('Hi. # speaker: buyer', 'Hi. # speaker: boss'))).toContain(
      'stories/test.ink:4: error: "# speaker: boss" names "boss", who is not in this story\'s cast; use one of buyer, seller, narrator, or declare the person at the top with "# person: boss <Name>, <role>".',
    );
  });
});

describe('attune validate: facilitator notes', () => {
  it('warns about a decision with no note on the way to it', () => {
    expect(validate(GOOD).warnings.map(formatDiagnostic)).toContain(
      'stories/test.ink:5: warning: the decision offering "Ask" has no facilitator note on the way to it; add "# note: <text>" to the line before the choices',
    );
    expect(
      validate(GOOD.replace('Hi. # speaker: buyer', 'Hi. # speaker: buyer # note: Ask the room.')).warnings,
    ).toEqual([]);
  });
});

describe('attune validate: reach and size', () => {
  it('reports knots that are never reached', () => {
    const result = validate(`${GOOD}=== orphan ===\nNobody comes here. # outcome: order\n-> END\n`);
    expect(result.unreachableKnots).toEqual(['orphan']);
    expect(result.warnings.map(formatDiagnostic)).toContain(
      'stories/test.ink:11: warning: knot "orphan" is never reached from the start; divert to it or remove it',
    );
  });

  it('validates an unscored story with a note', () => {
    const result = validate('Once upon a time.\n* [Go on] The end.\n-> END\n* [Stop] Fine.\n-> END\n');
    expect(result).toMatchObject({ ok: true, scored: false, minOverall: null });
    expect(result.notes).toContain(
      'unscored story: no choice carries a "# move:" tag, so it plays with scoring switched off',
    );
  });

  it('stops at --max-states, says so, and reports what it saw', () => {
    const looping = `VAR phase = 1
VAR n = 0
-> loop
=== loop ===
Round {n}.
+ [Again #move: open-probe]
  ~ n = n + 1
  -> loop
* [Stop #move: next-step] Bye. # outcome: continuation
  -> END
`;
    const result = validate(looping, 25);
    expect(result.complete).toBe(false);
    expect(result.states).toBe(25);
    expect(result.mode).toBe('sampled');
    expect(
      result.notes.some((n) => n.startsWith('sampled, not exhaustive: it passed --max-states 25;')),
    ).toBe(true);
    expect(result.endings).toEqual({ continuation: 1 });
  });
});
