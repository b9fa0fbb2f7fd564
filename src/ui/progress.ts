// Best score and completion per scenario, as the title cards show them. The history in IndexedDB
// (src/persist) is the one record; the app derives this from it.

export interface StoryProgress {
  best: number | null;
  completed: boolean;
}
