// Test helper: compile ink written inline in a test, failing loudly on compiler errors.
import { compileInk, formatDiagnostic } from '../../src/authoring/compile-ink.ts';

export function compile(source: string, files: Record<string, string> = {}): string {
  const result = compileInk({
    fileName: 'test.ink',
    source,
    readFile: (name) => {
      const text = files[name];
      if (text === undefined) throw new Error(`no ${name}`);
      return text;
    },
  });
  if (result.json === null) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.json;
}

/** A scored two-decision story used across session tests. */
export const TWO_DECISIONS = `# title: Two Decisions
# must: budget Ask about the budget
VAR phase = 1
VAR trust = 50
VAR sponsor = 3
Hello. # speaker: buyer
Second line. # speaker: narrator
* [Ask #move: open-probe #path: exemplary #why: Open.] 
  Asked. # speaker: seller
  Good question. # speaker: buyer # thought: He listens.
* [Pitch #move: pitch #path: failure #why: Too early.]
  Pitched. # speaker: seller
  Hm. # speaker: buyer # thought: Too soon.
- ~ phase = 2
Trust is {trust}. # speaker: narrator
* [Budget? #move: hard-question #covers: budget #path: exemplary]
  Fine. # speaker: buyer
  # outcome: advance
  -> END
* [Bye #move: listen #path: failure]
  Bye. # speaker: buyer # outcome: no-sale
  -> END
`;
