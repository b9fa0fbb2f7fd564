// Wording across the library: can a classifier trained on the other stories' labels spot the exemplary
// option without reading the situation? And does a common first word give the answer away?
import { pick, type Classifier } from './classifiers.ts';
import {
  formatLocations,
  percentText,
  type AuditCheck,
  type AuditFinding,
  type Location,
} from './audit-types.ts';
import { finding, makeCheck, skipped, type AuditSubject } from './audit-subject.ts';
import { firstWord, words } from './library.ts';

const checkId = (classifier: Classifier) =>
  classifier.id === 'words' ? ('wording-words' as const) : ('wording-first-word' as const);

function classifierCheck(subject: AuditSubject, classifier: Classifier): AuditCheck {
  const id = checkId(classifier);
  const { decisions, bounds } = subject;
  if (decisions.length === 0) return skipped(id, 'no exemplary path with a real choice');
  let found = 0;
  const at: Location[] = [];
  const giveaways = new Map<string, number>();
  for (const step of decisions) {
    const { tied } = pick(
      classifier,
      step.node.edges.map((edge) => edge.text),
    );
    const own = step.node.edges.indexOf(step.edge);
    if (!tied.includes(own)) continue;
    found += 1 / tied.length;
    if (tied.length > 1) continue;
    at.push(subject.locate(step.node, step.edge));
    const cue = classifier.id === 'words' ? words(step.edge.text) : [firstWord(step.edge.text) ?? ''];
    for (const word of cue) giveaways.set(word, classifier.score(word) + (giveaways.get(word) ?? 0));
  }
  const bound = bounds.wording.classifierMaxPercent;
  const share = (found / decisions.length) * 100;
  const fail = share > bound;
  const cues = [...giveaways.entries()]
    .filter(([word]) => word !== '')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([word]) => `"${word}"`);
  const what = classifier.id === 'words' ? 'a word classifier' : 'a first-word classifier';
  const rounded = Math.round(found * 10) / 10;
  return makeCheck(id, {
    figure: `${rounded} of ${decisions.length} (${percentText(found, decisions.length)})`,
    bound: `≤ ${bound}%`,
    status: fail ? 'fail' : 'pass',
    note: `trained on ${subject.trainedOn.length} other stor${subject.trainedOn.length === 1 ? 'y' : 'ies'}`,
    findings: fail
      ? [
          finding(
            at[0] ?? { file: subject.file, line: 0 },
            `${what} trained on the other stories (${subject.trainedOn.join(', ')}) finds the exemplary option in ${rounded} of ${decisions.length} decisions (bound ${bound}%): the exemplary labels lean on words the library's exemplary options use (${cues.join(', ')}); reword the exemplary at ${formatLocations(at)}, or use those words in distractors`,
          ),
        ]
      : [],
  });
}

/** Library-wide: a first word opening many options must not mark the exemplary; reported where used. */
function firstWordCheck(subject: AuditSubject): AuditCheck {
  const { bounds, library, own } = subject;
  const counts = new Map<string, { yes: number; all: number }>();
  for (const story of library.stories)
    for (const option of story.options) {
      const word = firstWord(option.text);
      if (word === undefined || option.move === undefined) continue;
      const entry = counts.get(word) ?? { yes: 0, all: 0 };
      entry.all++;
      if (option.exemplary) entry.yes++;
      counts.set(word, entry);
    }
  const bound = bounds.wording.firstWordMaxPercent;
  const common = [...counts].filter(([, c]) => c.all >= bounds.wording.firstWordMinOptions);
  const bad = common.filter(([, c]) => (c.yes / c.all) * 100 > bound);
  const findings: AuditFinding[] = [];
  for (const [word, c] of bad) {
    const mine = (own?.options ?? []).filter((o) => o.move !== undefined && firstWord(o.text) === word);
    if (mine.length === 0) continue;
    const exemplary = mine.filter((o) => o.exemplary);
    findings.push(
      finding(
        exemplary[0] ?? mine[0] ?? { file: subject.file, line: 0 },
        `"${word}" opens ${c.all} options in the library and ${c.yes} of them are exemplary (${percentText(c.yes, c.all)}, bound ${bound}%): start a distractor with "${word}" or reword the exemplary at ${formatLocations(exemplary.length > 0 ? exemplary : mine)}`,
      ),
    );
  }
  const used = new Set((own?.options ?? []).map((o) => firstWord(o.text)));
  const worst = common
    .filter(([word]) => used.has(word))
    .sort((a, b) => b[1].yes / b[1].all - a[1].yes / a[1].all)[0];
  return makeCheck('first-word', {
    figure: worst
      ? `"${worst[0]}" ${worst[1].yes} of ${worst[1].all} (${percentText(worst[1].yes, worst[1].all)})`
      : 'no common first word here',
    bound: `≤ ${bound}% (words opening ≥ ${bounds.wording.firstWordMinOptions})`,
    status: findings.length > 0 ? 'fail' : 'pass',
    note: `${bad.length} word(s) over the bound in the library; ${findings.length} used in this story`,
    findings,
  });
}

export function wordingChecks(subject: AuditSubject): AuditCheck[] {
  const classifierRows =
    subject.classifiers.length > 0
      ? subject.classifiers.map((classifier) => classifierCheck(subject, classifier))
      : (['wording-words', 'wording-first-word'] as const).map((id) =>
          skipped(id, `no other scored story with an exemplary path in ${subject.library.folder}`),
        );
  return [...classifierRows, firstWordCheck(subject)];
}
