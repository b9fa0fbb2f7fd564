// Generated stories for measuring the explorer: k binary decisions that re-converge after each decision,
// both options making the same move. There are 2^k paths but only about k distinct states.

export function reconvergingStory(k: number): string {
  const parts = ['# title: Generated', 'VAR phase = 1', ''];
  for (let i = 1; i <= k; i++) {
    parts.push(
      `Decision ${i}. # speaker: buyer`,
      `* [Ask about part ${i} #move: open-probe #path: exemplary] You ask. # speaker: seller`,
      `* [Wonder about part ${i} #move: open-probe] You wonder aloud. # speaker: seller`,
      '-',
    );
  }
  parts.push('Done. # outcome: advance', '-> END', '');
  return parts.join('\n');
}
