// Learning Locker's statement validator (the one its LRS runs), wrapped to give readable messages.
import validation from '@learninglocker/xapi-validation';

type Validate = (data: unknown) => { path?: unknown; message?: string; constructor: { name: string } }[];

const validate: Validate =
  typeof validation === 'function' ? (validation as Validate) : (validation as { default: Validate }).default;

/** Every problem the validator finds in a statement, as `path: kind` strings (empty when valid). */
export function statementProblems(statement: unknown): string[] {
  return validate(statement).map(
    (w) => `${Array.isArray(w.path) ? w.path.join('.') : ''}: ${w.constructor.name}`,
  );
}
