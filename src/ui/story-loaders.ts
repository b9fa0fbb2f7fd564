// One lazy import per stories/*.ink: each compiled story is its own small chunk, fetched on demand.
type StoryModule = { default: Record<string, unknown> };

const modules = import.meta.glob<StoryModule>('../../stories/*.ink');

export const storyLoaders: Record<string, () => Promise<Record<string, unknown>>> = Object.fromEntries(
  Object.entries(modules).map(([path, load]) => {
    const id = path.replace(/^.*\//, '').replace(/\.ink$/, '');
    return [id, async () => (await load()).default];
  }),
);
