// A small story that teaches: it passes every per-story check of the audit. Tests vary one thing at a time.
import type { FixtureStory } from './fixture-story.ts';

export const GOOD: FixtureStory = {
  decisions: [
    {
      options: [
        {
          text: 'Ask what changed in her team this year',
          move: 'open-probe',
          paths: ['exemplary'],
          good: true,
        },
        { text: 'Show her the slide on our tool', move: 'pitch', paths: ['failure'] },
        { text: 'Wait and let her talk on', move: 'listen' },
      ],
    },
    {
      options: [
        { text: 'Quote the price of the basic plan', move: 'price' },
        { text: 'Repeat the delays she named', move: 'reflect', paths: ['exemplary', 'failure'], good: true },
        { text: 'Name three firms like hers', move: 'credentials' },
      ],
    },
    {
      options: [
        { text: 'Pitch the premium plan to her', move: 'pitch', paths: ['failure'] },
        { text: 'Stay silent for a while', move: 'listen' },
        { text: 'Ask what delays cost', move: 'implication', paths: ['exemplary'], good: true },
      ],
    },
    {
      phase: 2,
      options: [
        { text: 'Ask how she would judge a fix', move: 'need-payoff', paths: ['exemplary'], good: true },
        { text: 'Nod and let her keep talking', move: 'listen', paths: ['failure'] },
        { text: 'Tell her about your awards list', move: 'credentials' },
      ],
    },
    {
      options: [
        { text: 'Offer a discount right away', move: 'price', paths: ['failure'] },
        { text: 'Propose a short trial of two weeks', move: 'next-step', paths: ['exemplary'], good: true },
        { text: 'Suggest we simply talk next quarter', move: 'defer-topic' },
      ],
    },
  ],
};
