// A trainee who listens, reflects or defers wherever the story offers it, and otherwise takes the exemplary
// option: the "pure listening" shortcut of the teaching audit, played through the session.
import { PlaySession } from '../../src/session/index.ts';
import type { OutcomeName } from '../../src/sim/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { compileStory } from './scenario-harness.ts';

export interface ListeningRun {
  outcome: OutcomeName | null;
  overall: number;
  moves: (string | undefined)[];
}

export function playListening(file: string): ListeningRun {
  const session = new PlaySession({ story: compileStory(file), rubric: defaultRubric, clock: () => 0 });
  const moves: (string | undefined)[] = [];
  session.start();
  for (let guard = 0; guard < 10_000; guard++) {
    if (session.state === 'waiting-for-continue') session.continue();
    else if (session.state === 'waiting-for-choice') {
      const offered = session.snapshot().choices;
      const passive = offered.find((c) => c.move !== undefined && defaultRubric.moves[c.move]?.passive);
      const pick = passive ?? offered.find((c) => c.paths.includes('exemplary')) ?? offered[0];
      if (!pick) throw new Error(`${file}: a decision offers no choice`);
      moves.push(pick.move);
      session.choose(pick.index);
    } else break;
  }
  if (session.state !== 'ended')
    throw new Error(`${file}: the listening seller stopped in state ${session.state}`);
  const report = session.report();
  return { outcome: report.outcome, overall: report.overall, moves };
}
