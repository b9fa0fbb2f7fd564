// Runs the attune CLI in-process and collects what it prints: exit code, stdout and stderr.
import { main } from '../../src/authoring/cli/attune.ts';

export function runCli(...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(
    args,
    (t) => (stdout += t),
    (t) => (stderr += t),
  );
  return { code, stdout, stderr };
}
