// The library the teaching audit's wording checks learn from: the scored stories in each validated
// story's folder (all of stories/ even when validate is given one file), read once per folder. A file that
// cannot be read is left out of the library: validating that file reports why.
import { dirname } from 'node:path';
import { libraryStory, type Library, type LibraryStory } from '../audit/index.ts';
import { readStory, storiesIn, StoryFileError, type ReadStoryOptions } from '../node-story-files.ts';

export function libraryFor(files: readonly string[], read: ReadStoryOptions = {}): (file: string) => Library {
  const folders = new Map<string, Library>();
  return (file) => {
    const folder = dirname(file);
    let library = folders.get(folder);
    if (!library) {
      const names = new Set([...storiesIn(folder), ...files.filter((f) => dirname(f) === folder)]);
      const stories = new Map<string, LibraryStory>();
      for (const name of names) {
        let story;
        try {
          story = readStory(name, read);
        } catch (error) {
          if (error instanceof StoryFileError) continue;
          throw error;
        }
        const entry = libraryStory(story.fileName, story.source, story.readFile);
        if (entry) stories.set(story.fileName, entry);
      }
      library = { folder: `${folder}/`, stories: [...stories.values()] };
      folders.set(folder, library);
    }
    return library;
  };
}
