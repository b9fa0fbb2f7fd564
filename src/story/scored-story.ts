// DESIGN §3: a story with no `# move:` tag at all is unscored. Tags survive compilation as plain strings
// ("^move: pitch" in ink 1.1+ JSON, {"#": "move: pitch"} in older files), so a scan of the JSON finds them.

const MOVE_TAG = /"(?:\^|#"\s*:\s*")\s*move\s*:/;

export function isScoredStory(json: string | object): boolean {
  return MOVE_TAG.test(typeof json === 'string' ? json : JSON.stringify(json));
}
