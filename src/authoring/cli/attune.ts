// The `attune` command line: validate, play and graph stories. Exit codes: 0 fine, 1 findings, 2 usage.
import { parseArgs } from 'node:util';
import { defaultRubric } from '../../sim/default-rubric.ts';
import { parseRubric, RubricError, type Rubric } from '../../sim/index.ts';
import { AuditBoundsError, parseAuditBounds, type AuditBounds } from '../audit/index.ts';
import { defaultAuditBounds } from '../audit/default-audit-bounds.ts';
import { StoryFileError, readJsonFile } from '../node-story-files.ts';
import { graphCommand, writeGraph } from './graph-command.ts';
import { playCommand } from './play-command.ts';
import type { ExploreProgress } from '../explorer.ts';
import { UsageError } from './usage-error.ts';
import { validateCommand } from './validate-command.ts';

const USAGE = `attune — tools for Attune story authors

  attune validate [files…] [--json] [--budget SECONDS] [--max-states N] [--rubric rubric.json] [--audit audit.json]
      compile each story (default: stories/*.ink), check the tag contract, explore every reachable state
      within the budget (default 10 s a story, compiling included; past it, coverage-guided
      playthroughs: "sampled"), and run the teaching audit of each scored story (its wording checks learn
      from the other stories in the story's folder)
  attune play <file> [--path NAME | --choices 0,2,1 | --random SEED [--max-steps N]] [--json] [--rubric rubric.json]
      play one run and print the transcript with its score
  attune graph <file> -o out.svg [--budget SECONDS]   (default budget 8 s, compiling included)
      draw the story: knots and choices, endings coloured by outcome, canonical paths highlighted

  every command: --root FOLDER (INCLUDEs may read only inside it; default the story's folder),
  --strict-externals (refuse an EXTERNAL without ink fallback instead of a stub returning 0)
`;

function seconds(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback * 1000;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0)
    throw new UsageError('--budget needs a number of seconds above 0, for example --budget 30');
  return parsed * 1000;
}

/** Progress on stderr once a story has taken 2 s, about once a second. */
function progressTo(err: (text: string) => void, file: string) {
  let last = 0;
  return (p: ExploreProgress) => {
    if (p.elapsedMs < 2000 || p.elapsedMs - last < 1000) return;
    last = p.elapsedMs;
    err(
      `${file}: ${(p.elapsedMs / 1000).toFixed(0)} s · ${p.mode} · ${p.states} states · ${p.knotsReached} of ${p.knotsTotal} knots reached${p.mode === 'sampled' ? ` · ${p.playthroughs} playthroughs` : ''}\n`,
    );
  };
}

function loadRubric(path: string | undefined): Rubric {
  return path === undefined ? defaultRubric : parseRubric(readJsonFile(path), path);
}

function loadAuditBounds(path: string | undefined, rubric: Rubric): AuditBounds {
  return path === undefined
    ? defaultAuditBounds
    : parseAuditBounds(readJsonFile(path), path, Object.keys(rubric.moves));
}

export function main(argv: string[], out: (text: string) => void, err: (text: string) => void): number {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'max-states': { type: 'string' },
        rubric: { type: 'string' },
        audit: { type: 'string' },
        path: { type: 'string' },
        choices: { type: 'string' },
        random: { type: 'string' },
        output: { type: 'string', short: 'o' },
        budget: { type: 'string' },
        root: { type: 'string' },
        'strict-externals': { type: 'boolean', default: false },
        'max-steps': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help || command === undefined || command === 'help' || command === '--help') {
      out(USAGE);
      return command === undefined ? 2 : 0;
    }
    const rubric = loadRubric(values.rubric);
    switch (command) {
      case 'validate': {
        const maxStates = values['max-states'] === undefined ? 200_000 : Number(values['max-states']);
        if (!Number.isInteger(maxStates) || maxStates < 1)
          throw new UsageError('--max-states needs a whole number above 0');
        const auditBounds = loadAuditBounds(values.audit, rubric);
        return validateCommand(
          {
            files: positionals,
            json: values.json,
            maxStates,
            rubric,
            auditBounds,
            budgetMs: seconds(values.budget, 10),
            strictExternals: values['strict-externals'],
            ...(values.root !== undefined ? { root: values.root } : {}),
            progress: (file) => progressTo(err, file),
          },
          out,
        );
      }
      case 'play':
        return playCommand({ positionals, values, rubric }, out, err);
      case 'graph': {
        const file = positionals[0];
        if (!file || !values.output)
          throw new UsageError('graph needs a story and an output file: attune graph stories/x.ink -o x.svg');
        const graph = graphCommand(file, rubric, {
          output: values.output,
          budgetMs: seconds(values.budget, 8),
          strictExternals: values['strict-externals'],
          ...(values.root !== undefined ? { root: values.root } : {}),
          onProgress: progressTo(err, file),
        });
        writeGraph(values.output, graph.svg);
        out(
          `wrote ${values.output}${graph.complete ? '' : ' (sampled: parts the budget did not reach are marked unexplored)'}\n`,
        );
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"; use validate, play or graph`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      err(`attune: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (
      error instanceof RubricError ||
      error instanceof AuditBoundsError ||
      error instanceof StoryFileError
    ) {
      err(`attune: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
