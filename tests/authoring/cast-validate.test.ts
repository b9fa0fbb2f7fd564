// attune validate checks every id of a cast: each bad id is an error at its file and line, with the fix
// and, where an id is close, a "did you mean".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/compile-ink.ts';
import { validateStory } from '../../src/authoring/validate-story.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';

function validate(source: string) {
  return validateStory({
    fileName: 'stories/cast.ink',
    source,
    readFile: () => {
      throw new Error('no includes here');
    },
    rubric: defaultRubric,
    maxStates: 1000,
  });
}
const errors = (source: string) => validate(source).errors.map(formatDiagnostic);

/** A valid three-person story; each test breaks one line of it. */
const CAST = `# title: Cast
# buyer: Lena Fischer, Head of Sales Operations
# person: kofi Kofi Mensah, Finance Director
# person: sana Sana Idris, Operations Lead
VAR phase = 1
VAR phase_kofi = 3
VAR trust_sana = 50
Hello. # present: buyer kofi # note: Two on the call.
What does it cost? # speaker: kofi
* [Give Kofi the price #move: price #to: kofi #path: exemplary]
  Thanks. # speaker: kofi # outcome: advance
  -> END
* [Pitch to Sana #move: pitch #to: sana #path: failure]
  Hm. # speaker: sana # outcome: no-sale
  -> END
`;

const breaking = (from: string, to: string): string[] => {
  expect(CAST).toContain(from);
  return errors(CAST.replace(from, to));
};

describe('attune validate: the cast', () => {
  it('passes a story whose every id is declared, and the three-person fixture', () => {
    expect(errors(CAST)).toEqual([]);
    const fixture = resolve(import.meta.dirname, '../fixtures/cast/committee-call.ink');
    expect(
      validateStory({
        fileName: 'committee-call.ink',
        source: readFileSync(fixture, 'utf8'),
        readFile: () => '',
        rubric: defaultRubric,
        maxStates: 1000,
      }).errors.map(formatDiagnostic),
    ).toEqual([]);
  });

  it('an unknown # speaker:, with the closest id', () => {
    expect(breaking('# speaker: kofi\n', '# speaker: kofy\n')).toEqual([
      'stories/cast.ink:9: error: "# speaker: kofy" names "kofy", who is not in this story\'s cast; use one of buyer, kofi, sana, seller, narrator, or declare the person at the top with "# person: kofy <Name>, <role>". Did you mean "kofi"?',
    ]);
  });

  it('an unknown id in # present:', () => {
    expect(breaking('# present: buyer kofi', '# present: buyer kofi sanna')).toEqual([
      expect.stringMatching(
        /^stories\/cast\.ink:8: error: "# present: buyer kofi sanna" names "sanna".*Did you mean "sana"\?$/,
      ),
    ]);
  });

  it('an unknown # to: on a choice', () => {
    expect(breaking('#to: sana', '#to: Sana')).toEqual([
      expect.stringMatching(
        /^stories\/cast\.ink:13: error: "# to: Sana" names "Sana".*Did you mean "sana"\?$/,
      ),
    ]);
  });

  it('the sponsor named but never declared', () => {
    expect(breaking('# speaker: sana # outcome', '# speaker: sponsor # outcome')).toEqual([
      expect.stringMatching(
        /^stories\/cast\.ink:14: error: .*declare the sponsor at the top with "# sponsor: <Name>, <role>"/,
      ),
    ]);
  });

  it('phase_ and trust_ variables of nobody in the cast', () => {
    expect(breaking('VAR phase_kofi = 3', 'VAR phase_kofl = 3')).toContain(
      'stories/cast.ink:6: error: VAR phase_kofl is the phase of "kofl", who is not in this story\'s cast; rename it to phase_<id> for one of buyer, kofi, sana, or declare the person at the top with "# person: kofl <Name>, <role>". Did you mean "kofi"?',
    );
    expect(breaking('VAR trust_sana = 50', 'VAR trust_marco = 50')).toEqual([
      expect.stringMatching(
        /^stories\/cast\.ink:7: error: VAR trust_marco is the trust of "marco".*# person: marco/,
      ),
    ]);
    expect(breaking('VAR phase_kofi = 3', 'VAR phase_kofi = 4')).toEqual([
      "stories/cast.ink:6: error: phase_kofi is set to 4; a person's phase is 1, 2 or 3",
    ]);
  });

  it('an id declared twice, also through the buyer shorthand', () => {
    expect(breaking('# person: sana Sana Idris', '# person: kofi Sana Idris')).toContainEqual(
      expect.stringMatching(
        /^stories\/cast\.ink:4: error: the person "kofi" is declared twice \(first at stories\/cast\.ink:3\)/,
      ),
    );
    expect(
      breaking('# person: sana Sana Idris, Operations Lead', '# person: buyer Sana Idris, Operations Lead'),
    ).toContainEqual(
      expect.stringMatching(
        /^stories\/cast\.ink:4: error: the person "buyer" is declared twice \(first at stories\/cast\.ink:2\); keep one declaration \("# buyer:" and "# person: buyer" declare the same person\)/,
      ),
    );
  });

  it('more than five people in the meeting', () => {
    const six = CAST.replace(
      '# person: sana Sana Idris, Operations Lead\n',
      '# person: sana Sana Idris, Operations Lead\n# sponsor: Raj Patel, Board member\n# person: ada Ada Obi, IT Lead\n# person: tom Tom Berg, Legal\n',
    );
    expect(errors(six)).toEqual([
      expect.stringMatching(
        /^stories\/cast\.ink:7: error: "# person: tom Tom Berg, Legal" makes 6 people in the meeting .*at most 5/,
      ),
    ]);
  });

  it('a bad id, and an id that names the seller or the narrator', () => {
    expect(breaking('# person: sana Sana', '# person: Sana_I Sana')).toContainEqual(
      'stories/cast.ink:4: error: "# person: Sana_I" is not a valid id; write it in lower-case letters, digits and dashes, for example "sana-i"',
    );
    expect(breaking('# person: sana Sana', '# person: narrator Sana')).toContainEqual(
      expect.stringMatching(
        /^stories\/cast\.ink:4: error: "narrator" cannot be a person's id.*give the person another id/,
      ),
    );
    expect(breaking('# person: sana Sana Idris, Operations Lead', '# person: sana')).toContainEqual(
      expect.stringMatching(/^stories\/cast\.ink:4: error: "# person: sana" needs an id, a name and a role/),
    );
  });
});
