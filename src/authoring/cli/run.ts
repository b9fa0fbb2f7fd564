// Process entry point for the bundled CLI.
import { main } from './attune.ts';

process.exitCode = main(
  process.argv.slice(2),
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
);
