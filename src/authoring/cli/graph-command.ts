// `attune graph`: explores the story and draws it.
import { createScoreContext, type Rubric } from '../../sim/index.ts';
import { isScoredStory, StoryRunner } from '../../story/index.ts';
import { compileInk, formatDiagnostic } from '../compile-ink.ts';
import { explore } from '../explorer.ts';
import { readStory, StoryFileError } from '../node-story-files.ts';
import { storyGraphSvg } from '../story-graph.ts';

export function graphCommand(file: string, rubric: Rubric): string {
  const story = readStory(file);
  const compiled = compileInk(story);
  if (compiled.json === null) throw new StoryFileError(compiled.diagnostics.map(formatDiagnostic).join('\n'));
  const card = new StoryRunner(compiled.json).card;
  const scored = isScoredStory(compiled.json);
  const persona = card.persona && card.persona in rubric.personas ? card.persona : undefined;
  const context = createScoreContext(
    rubric,
    persona,
    card.musts.map((m) => m.id),
  );
  const exploration = explore({ json: compiled.json, context, scored, maxStates: 50_000 });
  return storyGraphSvg(exploration, card.title || story.fileName);
}
