// `npm run bench:core`: the explorer's cost against states and paths, the explorer's choice rate against
// plain inkjs on public ink games, `attune play` wall time, the time from a choice to the next line in
// Node, and what the teaching audit adds to `attune validate`. Prints tables; asserts nothing.
// More stories for the public-games table: ATTUNE_BENCH_INK=a.ink:b.ink
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Story } from 'inkjs/full';
import { performance } from 'node:perf_hooks';
import { compileInk } from '../src/authoring/compile-ink.ts';
import { explore } from '../src/authoring/explorer.ts';
import { reconvergingStory } from '../src/authoring/generated-story.ts';
import { countPathsNaively } from '../src/authoring/naive-paths.ts';
import { seededRandom } from '../src/authoring/play-story.ts';
import { auditStory } from '../src/authoring/audit/index.ts';
import { defaultAuditBounds } from '../src/authoring/audit/default-audit-bounds.ts';
import { libraryFor } from '../src/authoring/cli/audit-library.ts';
import { readStory, storiesIn } from '../src/authoring/node-story-files.ts';
import { scanSource, type SourceFile } from '../src/authoring/source-tags.ts';
import { validateStory } from '../src/authoring/validate-story.ts';
import { PlaySession } from '../src/session/index.ts';
import { isScoredStory, StoryRunner } from '../src/story/index.ts';
import { createScoreContext } from '../src/sim/index.ts';
import { defaultRubric } from '../src/sim/default-rubric.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

function compile(source: string): string {
  const result = compileInk({ fileName: 'generated.ink', source, readFile: () => '' });
  if (result.json === null) throw new Error('generated story did not compile');
  return result.json;
}

const context = createScoreContext(defaultRubric, undefined, []);

console.log('Explorer: k binary decisions that re-converge (2^k paths), median of 5 runs');
console.log('  k   paths          states  explorer      naive enumerator');
for (const k of [10, 12, 14, 16, 20, 30]) {
  const json = compile(reconvergingStory(k));
  const times: number[] = [];
  let states = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    states = explore({ json, context, scored: true, maxStates: 1_000_000 }).nodes.size;
    times.push(performance.now() - start);
  }
  let naive = '—';
  if (k <= 16) {
    const start = performance.now();
    const paths = countPathsNaively(json);
    naive = `${ms(performance.now() - start)} (${paths} paths walked)`;
  }
  console.log(
    `  ${String(k).padEnd(3)} ${String(2 ** k).padEnd(14)} ${String(states).padEnd(7)} ${ms(median(times)).padEnd(13)} ${naive}`,
  );
}

// Plain inkjs: seeded random playthroughs, Continue() and ChooseChoiceIndex() only, EXTERNALs stubbed.
function plainChoiceRate(json: string, ms: number, cpu: () => number): number {
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  const missing = /external[s]?: '([^]*?)' ,/.exec(
    (() => {
      try {
        story.ValidateExternalBindings();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })(),
  );
  for (const name of missing?.[1]?.split("', '") ?? []) story.BindExternalFunction(name, () => 0, true);
  const random = seededRandom(7);
  let choices = 0;
  const start = cpu();
  while (cpu() - start < ms) {
    story.ResetState();
    for (let step = 0; step < 500; step++) {
      while (story.canContinue) story.Continue();
      const count = story.currentChoices.length;
      if (count === 0) break;
      story.ChooseChoiceIndex(Math.floor(random() * count));
      choices++;
    }
  }
  return choices / ((cpu() - start) / 1000);
}

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const publicStories = [
  'tests/fixtures/public-ink/the-intercept/TheIntercept.ink',
  'tests/fixtures/public-ink/innkeeper/story.ink',
  'tests/fixtures/public-ink/ink-story-template/main.ink',
  ...(process.env.ATTUNE_BENCH_INK ?? '').split(':').filter(Boolean),
];
console.log(
  '\nPublic ink games: explorer choices taken per CPU second against plain inkjs random play (its rate measured',
);
console.log('before and after the explorer, after a warm-up); explorer budget 6 s of CPU time');
console.log('  story                     plain/s  explorer/s  ratio  mode        states  knots    heap MB');
for (const path of publicStories) {
  const folder = dirname(path);
  const json = compileInk({
    fileName: path,
    source: readFileSync(path, 'utf8'),
    readFile: (name) => readFileSync(join(folder, name), 'utf8'),
  }).json;
  if (!json) {
    console.log(`  ${path}: does not compile`);
    continue;
  }
  plainChoiceRate(json, 500, cpuMs);
  const before = plainChoiceRate(json, 2000, cpuMs);
  const start = cpuMs();
  const exploration = explore({
    json,
    context,
    scored: false,
    maxStates: 200_000,
    budgetMs: 6000,
    now: cpuMs,
  });
  const rate = exploration.choicesTaken / ((cpuMs() - start) / 1000);
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  const after = plainChoiceRate(json, 2000, cpuMs);
  const plain = (before + after) / 2;
  const { knotsReached, knotsTotal } = exploration.coverage;
  console.log(
    `  ${path.split('/').slice(-2).join('/').padEnd(25)} ${plain.toFixed(0).padStart(7)} ${rate.toFixed(0).padStart(11)}  ${(rate / plain).toFixed(2).padStart(5)}  ${exploration.mode.padEnd(10)} ${String(exploration.nodes.size).padStart(7)}  ${`${knotsReached}/${knotsTotal}`.padEnd(7)} ${heap.toFixed(0).padStart(7)}`,
  );
}

console.log(
  '\n`attune play stories/first-meeting.ink --path exemplary --json`, process start included, 15 runs',
);
const walls: number[] = [];
for (let i = 0; i < 15; i++) {
  const start = performance.now();
  execFileSync('node', [
    'bin/attune.js',
    'play',
    'stories/first-meeting.ink',
    '--path',
    'exemplary',
    '--json',
  ]);
  walls.push(performance.now() - start);
}
console.log(
  `  median ${ms(median(walls))} · p95 ${ms(percentile(walls, 95))} · max ${ms(Math.max(...walls))}`,
);

console.log('\nChoice to next line (session: engine + runner), random plays of every story in stories/');
const samples: number[] = [];
for (const file of readdirSync('stories').filter((f) => f.endsWith('.ink'))) {
  const path = `stories/${file}`;
  const json = compileInk({
    fileName: path,
    source: readFileSync(path, 'utf8'),
    readFile: (n) => readFileSync(`stories/${n}`, 'utf8'),
  }).json;
  if (!json) continue;
  for (let seed = 1; seed <= 60; seed++) {
    const random = seededRandom(seed);
    const session = new PlaySession({ story: json, rubric: defaultRubric, clock: () => 0 });
    session.start();
    for (let guard = 0; guard < 10_000 && session.state !== 'ended' && session.state !== 'failed'; guard++) {
      if (session.state === 'waiting-for-continue') session.continue();
      else {
        const index = Math.floor(random() * session.snapshot().choices.length);
        const start = performance.now();
        session.choose(index);
        samples.push(performance.now() - start);
      }
    }
  }
}
console.log(
  `  ${samples.length} choices · median ${ms(median(samples))} · p95 ${ms(percentile(samples, 95))} · max ${ms(Math.max(...samples))}`,
);

console.log('\nTeaching audit over every scored story in stories/ (what it adds to `attune validate`)');
{
  const files = storiesIn('stories');
  const prepared = files.flatMap((file) => {
    const story = readStory(file);
    const sources: SourceFile[] = [{ name: story.fileName, text: story.source }];
    const json = compileInk({ ...story, readFile: story.readFile }).json;
    if (!json || !isScoredStory(json)) return [];
    const card = new StoryRunner(json).card;
    const storyContext = createScoreContext(
      defaultRubric,
      card.persona && card.persona in defaultRubric.personas ? card.persona : undefined,
      card.musts.map((m) => m.id),
    );
    const exploration = explore({ json, context: storyContext, scored: true, maxStates: 200_000 });
    return [{ file, story, sources, exploration, storyContext, scan: scanSource(sources) }];
  });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const library = libraryFor(files);
    for (const p of prepared) {
      auditStory({
        file: p.story.fileName,
        exploration: p.exploration,
        context: p.storyContext,
        bounds: defaultAuditBounds,
        library: library(p.file),
        scan: p.scan,
        files: p.sources,
      });
    }
    times.push(performance.now() - start);
  }
  const states = prepared.reduce((sum, p) => sum + p.exploration.nodes.size, 0);
  console.log(
    `  ${prepared.length} stories, ${states} states · audit (library read + every check) median of 5: ${ms(median(times))} · max ${ms(Math.max(...times))}`,
  );
  const whole = (audit: boolean) => {
    const library = libraryFor(files);
    const start = performance.now();
    for (const file of files)
      validateStory({
        ...readStory(file),
        rubric: defaultRubric,
        maxStates: 200_000,
        ...(audit ? { audit: { bounds: defaultAuditBounds, library: library(file) } } : {}),
      });
    return performance.now() - start;
  };
  console.log(
    `  whole validate, one run each: without audit ${ms(whole(false))} · with audit ${ms(whole(true))}`,
  );
}
