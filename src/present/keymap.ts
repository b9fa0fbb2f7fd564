// The facilitator's key map, as data: one table drives both the key handler and the help the presenter
// shows, so they cannot drift apart. Keys follow presentation software (B blackout, → and PageDown next,
// ← and PageUp back) so a presentation clicker works too.

export type KeyAction =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'select'; index: number }
  | { type: 'vote'; delta: 1 | -1 }
  | { type: 'clear-votes' }
  | { type: 'choose' }
  | { type: 'reveal' }
  | { type: 'show-failing' }
  | { type: 'blackout' }
  | { type: 'debrief' }
  | { type: 'notes' }
  | { type: 'timer' }
  | { type: 'answers' }
  | { type: 'cancel' }
  | { type: 'help' };

export interface KeyBinding {
  keys: string[];
  label: string;
  what: string;
}

/** The map as the help panel lists it (display names of the keys). */
export const KEYMAP: readonly KeyBinding[] = [
  {
    keys: ['→', 'Space', 'PgDn'],
    label: 'Next',
    what: 'Next line; at a decision: reveal, then play the majority (a clicker runs a whole decision)',
  },
  { keys: ['1', '2', '3'], label: 'Select', what: 'Select option A, B, C…' },
  { keys: ['+', '↑'], label: 'Vote +', what: 'One more vote for the selected option' },
  { keys: ['−', '↓'], label: 'Vote −', what: 'One vote less' },
  { keys: ['0'], label: 'Clear', what: 'Clear the votes at this decision' },
  { keys: ['R'], label: 'Reveal', what: 'Reveal votes and effects, or the buyer’s thought' },
  { keys: ['F'], label: 'Failing seller', what: 'Show what the failing seller chose here' },
  {
    keys: ['Enter'],
    label: 'Play',
    what: 'Play the majority (or the failing choice shown); asks before a minority, a tie or no votes',
  },
  { keys: ['Esc'], label: 'Cancel', what: 'Cancel a question (play a minority? restart?)' },
  {
    keys: ['←', 'Backspace', 'PgUp'],
    label: 'Rewind',
    what: 'Take back the last decision (or cancel a question)',
  },
  { keys: ['T'], label: 'Timer', what: 'Start or stop a two-minute discussion timer on the projector' },
  { keys: ['B', '.'], label: 'Blackout', what: 'Black out the projector (again to return)' },
  { keys: ['D'], label: 'Debrief', what: 'Jump to the room’s debrief (again to return)' },
  { keys: ['N'], label: 'Notes', what: 'Notes drawer on the projector window (one screen)' },
  { keys: ['A'], label: 'Answers', what: 'Show or hide the answers in the notes drawer (one screen)' },
  { keys: ['?'], label: 'Keys', what: 'Show or hide this key map' },
];

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** The action for a key press, or null when the key is not the facilitator's (let the browser have it). */
export function actionForKey(event: KeyInput): KeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key;
  if (/^[1-9]$/.test(key)) return { type: 'select', index: Number(key) - 1 };
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      return { type: 'back' };
    case '+':
    case '=':
    case 'ArrowUp':
      return { type: 'vote', delta: 1 };
    case '-':
    case '_':
    case 'ArrowDown':
      return { type: 'vote', delta: -1 };
    case '0':
      return { type: 'clear-votes' };
    case 'Enter':
      return { type: 'choose' };
    case 'r':
    case 'R':
      return { type: 'reveal' };
    case 'f':
    case 'F':
      return { type: 'show-failing' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blackout' };
    case 'd':
    case 'D':
      return { type: 'debrief' };
    case 'n':
    case 'N':
      return { type: 'notes' };
    case 't':
    case 'T':
      return { type: 'timer' };
    case 'a':
    case 'A':
      return { type: 'answers' };
    case 'Escape':
      return { type: 'cancel' };
    case '?':
      return { type: 'help' };
    default:
      return null;
  }
}
