// DESIGN §3: a story with no `# move:` tag at all is unscored. Tags survive compilation as plain strings:
// "#", "^move: pitch", "/#" in ink 1.1+ JSON, {"#": "move: pitch"} in older files. A walk of the parsed JSON
// finds them; a line of text that merely starts with "move:" is not a tag.

const TAG_TEXT = /^\^\s*move\s*:/;
const OLD_TAG = /^\s*move\s*:/;

/** Walks parsed JSON until the first move tag: no copy of the story is made. */
function hasMoveTag(node: unknown): boolean {
  if (Array.isArray(node)) {
    return node.some((item, i) =>
      typeof item === 'string' ? i > 0 && node[i - 1] === '#' && TAG_TEXT.test(item) : hasMoveTag(item),
    );
  }
  if (node === null || typeof node !== 'object') return false;
  for (const [key, value] of Object.entries(node)) {
    if (key === '#' && typeof value === 'string' ? OLD_TAG.test(value) : hasMoveTag(value)) return true;
  }
  return false;
}

/** Whether compiled ink JSON (text or parsed) has any `# move:` tag. Text that is not JSON has none. */
export function isScoredStory(json: string | object): boolean {
  if (typeof json !== 'string') return hasMoveTag(json);
  try {
    return hasMoveTag(JSON.parse(json));
  } catch {
    return false;
  }
}
