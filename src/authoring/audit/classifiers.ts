// The two word classifiers of the wording checks, trained on other stories' options (leave one story out):
// naive Bayes over a label's words, and the label's first word alone. Each scores an option by how much it
// looks exemplary; at a decision the highest score is the classifier's pick.
import { firstWord, words, type LibraryOption } from './library.ts';

export type ClassifierId = 'words' | 'first-word';

export interface Classifier {
  id: ClassifierId;
  /** Higher means "looks more like the exemplary option". */
  score: (text: string) => number;
}

/** Multinomial naive Bayes with add-one smoothing; words never seen in training are left out. */
export function wordsClassifier(training: readonly LibraryOption[]): Classifier {
  const counts = { yes: new Map<string, number>(), no: new Map<string, number>() };
  const totals = { yes: 0, no: 0 };
  const options = { yes: 0, no: 0 };
  for (const option of training) {
    const side = option.exemplary ? 'yes' : 'no';
    options[side]++;
    for (const word of new Set(words(option.text))) {
      counts[side].set(word, (counts[side].get(word) ?? 0) + 1);
      totals[side]++;
    }
  }
  const vocabulary = new Set([...counts.yes.keys(), ...counts.no.keys()]);
  const size = vocabulary.size || 1;
  const prior = Math.log((options.yes + 1) / (options.no + 1));
  return {
    id: 'words',
    score: (text) => {
      let sum = prior;
      for (const word of new Set(words(text))) {
        if (!vocabulary.has(word)) continue;
        sum += Math.log(((counts.yes.get(word) ?? 0) + 1) / (totals.yes + size));
        sum -= Math.log(((counts.no.get(word) ?? 0) + 1) / (totals.no + size));
      }
      return sum;
    },
  };
}

/** The share of options opening with this word that were exemplary, smoothed toward one half. */
export function firstWordClassifier(training: readonly LibraryOption[]): Classifier {
  const seen = new Map<string, { yes: number; all: number }>();
  for (const option of training) {
    const word = firstWord(option.text);
    if (word === undefined) continue;
    const entry = seen.get(word) ?? { yes: 0, all: 0 };
    entry.all++;
    if (option.exemplary) entry.yes++;
    seen.set(word, entry);
  }
  return {
    id: 'first-word',
    score: (text) => {
      const entry = seen.get(firstWord(text) ?? '');
      return ((entry?.yes ?? 0) + 1) / ((entry?.all ?? 0) + 2);
    },
  };
}

export interface Pick {
  /** The option a trainee following the classifier takes: the best score, the first of a tie. */
  index: number;
  /** How many options share the best score (a guess among them finds any one with chance 1/tied). */
  tied: number[];
}

export function pick(classifier: Classifier, texts: readonly string[]): Pick {
  const scores = texts.map((text) => classifier.score(text));
  const best = Math.max(...scores);
  const tied = scores.flatMap((score, i) => (Math.abs(score - best) < 1e-9 ? [i] : []));
  return { index: tied[0] ?? 0, tied };
}
