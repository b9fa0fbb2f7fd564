// Build-time (Node): the first screen of a fresh run of a story, computed by playing it with the same
// seed and rubric the browser uses. The meeting shows it the moment its code arrives, and starts the real
// session (inkjs) once the room is drawn; the session's own first line then takes over, unchanged.
import { compileInk } from '../compile-ink.ts';
import { PlaySession } from '../../session/index.ts';
import { defaultRubric } from '../../sim/default-rubric.ts';
import { castLooks } from '../../session/index.ts';
import { OPENING_SEED, type StoryOpening } from '../../ui/meeting/meeting-types.ts';

/**
 * Plays the story to its first line. Null when the story does not compile, or does not open with a line
 * followed by Continue (a choice or an ending first): the meeting then simply starts the session at once.
 */
export function storyOpening(fileName: string, readFile: (name: string) => string): StoryOpening | null {
  const folder = fileName.slice(0, fileName.lastIndexOf('/') + 1);
  const compiled = compileInk({
    fileName,
    source: readFile(fileName),
    readFile: (name) => readFile(folder + name),
  });
  if (compiled.json === null) return null;
  try {
    const story = JSON.parse(compiled.json) as Record<string, unknown>;
    const session = new PlaySession({ story, rubric: defaultRubric, seed: OPENING_SEED });
    session.start();
    const snap = session.snapshot();
    if (session.state !== 'waiting-for-continue' || !snap.line) return null;
    const { title, buyer, sponsor } = session.card;
    return {
      title,
      ...(buyer ? { buyer } : {}),
      ...(sponsor ? { sponsor } : {}),
      line: snap.line,
      scored: session.scored,
      sponsor0: snap.sponsor,
      looks: castLooks(story, session.card),
      frame: session.frame({ viewer: 'trainee' }),
    };
  } catch {
    return null;
  }
}
