import { expect, it } from 'vitest';
import { reconvergingStory } from '../../src/authoring/generated-story.ts';
import { countPathsNaively } from '../../src/authoring/naive-paths.ts';
import { compile } from '../helpers/ink.ts';

it('the naive baseline walks every path: 2^k for k re-converging decisions', () => {
  expect(countPathsNaively(compile(reconvergingStory(6)))).toBe(64);
});
