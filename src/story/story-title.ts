// The title a story is shown by when it has no `# title:`: its file name, as a reader would write it.

/**
 * A file name as a reader would write it, for a story without `# title:`: "cold-feet" → "Cold feet",
 * "TheIntercept.ink" → "The Intercept".
 */
export function readableFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.ink$/i, '');
  const words = base
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim();
  return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : name;
}
