// The `attune` command line: validate, play and graph stories. Exit codes: 0 fine, 1 findings, 2 usage.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultRubric } from '../../sim/default-rubric.ts';
import { parseRubric, RubricError, type Rubric } from '../../sim/index.ts';
import { AuditBoundsError, parseAuditBounds, type AuditBounds } from '../audit/index.ts';
import { defaultAuditBounds } from '../audit/default-audit-bounds.ts';
import { StoryFileError, readJsonFile } from '../node-story-files.ts';
import { graphCommand } from './graph-command.ts';
import { playCommand } from './play-command.ts';
import { UsageError } from './usage-error.ts';
import { validateCommand } from './validate-command.ts';

const USAGE = `attune — tools for Attune story authors

  attune validate [files…] [--json] [--max-states N] [--rubric rubric.json] [--audit audit.json]
      compile each story (default: stories/*.ink), check the tag contract, explore every reachable state,
      and run the teaching audit (wording checks learn from the other stories in the story's folder)
  attune play <file> [--path NAME | --choices 0,2,1 | --random SEED] [--json] [--rubric rubric.json]
      play one run and print the transcript with its score
  attune graph <file> -o out.svg
      draw the story: knots and choices, endings coloured by outcome, canonical paths highlighted
`;

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
          { files: positionals, json: values.json, maxStates, rubric, auditBounds },
          out,
        );
      }
      case 'play':
        return playCommand({ positionals, values, rubric }, out, err);
      case 'graph': {
        const file = positionals[0];
        if (!file || !values.output)
          throw new UsageError('graph needs a story and an output file: attune graph stories/x.ink -o x.svg');
        const svg = graphCommand(file, rubric);
        writeFileSync(values.output, svg);
        out(`wrote ${values.output}\n`);
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
