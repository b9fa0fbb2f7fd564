// The opening preview: the first line and the room from the build's StoryOpening, then the live session.
// Time is faked (the stage's draw and the one-second fallback are timers); each shipped story is compiled
// once per run by storyOpening, and the session's copy comes from the cached compile.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StageView } from '../../src/game/stage-types.ts';
import { PlaySession, type PlaySession as Session } from '../../src/session/index.ts';
import { storyOpening } from '../../src/authoring/build/story-opening.ts';
import { playMeeting } from '../../src/ui/meeting/meeting-screen.ts';
import { previewThenPlay } from '../../src/ui/meeting/opening-preview.ts';
import type { MeetingBase, StoryOpening } from '../../src/ui/meeting/meeting-types.ts';
import { createSettingsStore } from '../../src/ui/settings.ts';
import { STORIES, storyJson } from '../helpers/compiled-stories.ts';

const read = (path: string): string => readFileSync(path, 'utf8');
const openings = new Map<string, StoryOpening>();
const SHIPPED = readdirSync(STORIES)
  .filter((f) => f.endsWith('.ink'))
  .map((f) => f.replace(/\.ink$/, ''));

/** The build's opening of a shipped story, worked out once per run. */
function opening(id: string): StoryOpening {
  const known = openings.get(id);
  if (known) return known;
  const found = storyOpening(resolve(STORIES, `${id}.ink`), read);
  if (!found) throw new Error(`${id} has no opening`);
  openings.set(id, found);
  return found;
}

/** A stage that records its cues and is drawn when the test says so. */
function fakeStage() {
  const calls: string[] = [];
  let draw: () => void = () => undefined;
  const drawn = new Promise<void>((resolve) => (draw = resolve));
  const record =
    (name: string) =>
    (...args: unknown[]): void => {
      calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(',')})`);
    };
  const stage: StageView = {
    renderer: 'canvas',
    reset: record('reset'),
    setScene: record('setScene'),
    setPresent: record('setPresent'),
    setFace: record('setFace'),
    setSpeaker: record('setSpeaker'),
    setClock: record('setClock'),
    showSeats: record('showSeats'),
    clearSeats: record('clearSeats'),
    setReducedMotion: record('setReducedMotion'),
    drawn: () => drawn,
    isIdle: () => true,
    resize: record('resize'),
  };
  return { stage, calls, draw };
}

/** Moves the faked clock on, running the timers and promise callbacks due by then. */
const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms);
const threadTexts = (root: HTMLElement) =>
  [...root.querySelectorAll('.thread .line .text')].map((el) => el.textContent);

describe('the opening screen of a fresh run', () => {
  let stop: (() => void) | null = null;
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    stop?.();
    stop = null;
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('is worked out for the shipped stories', () => {
    expect(SHIPPED.length).toBeGreaterThan(0);
  });

  it.each(SHIPPED)('is the first screen a fresh run of %s shows, worked out at build time', (id) => {
    const session = new PlaySession({ story: storyJson(id), seed: 1 });
    session.start();
    expect(opening(id).line).toEqual(session.snapshot().line);
    expect(opening(id).frame).toEqual(session.frame({ viewer: 'trainee' }));
  });

  it('records the hot referral’s first line, card and looks', () => {
    const hot = opening('hot-referral');
    expect(hot.line).toMatchObject({ speaker: 'narrator', scene: 'lift-lobby' });
    expect(hot).toMatchObject({ title: 'The Hot Referral', scored: true, sponsor0: 3 });
    expect(hot.looks).toEqual({ buyer: 'masc', sponsor: 'fem' });
  });

  it('is absent for a story that opens with a choice', () => {
    const files: Record<string, string> = { '/s/choice.ink': '* [Say hello] Hello.\n-> END\n' };
    expect(storyOpening('/s/choice.ink', (p) => files[p] ?? '')).toBeNull();
  });

  function start(id: string, observed: Session[]) {
    const root = document.createElement('div');
    document.body.append(root);
    const fake = fakeStage();
    const story = storyJson(id);
    const options: MeetingBase = {
      root,
      stage: fake.stage,
      storyId: id,
      mode: { kind: 'play' },
      settings: createSettingsStore(null, false),
      storage: null,
      navigate: () => undefined,
      observeSession: (session) => observed.push(session),
    };
    stop = previewThenPlay(options, opening(id), () =>
      Promise.resolve((o, handOver) => playMeeting({ ...o, story }, handOver)),
    );
    return { root, ...fake };
  }

  it('shows the line and the room at once, and starts the session once the room is drawn', async () => {
    const observed: Session[] = [];
    const { root, calls, draw } = start('hot-referral', observed);
    expect(threadTexts(root)).toEqual([opening('hot-referral').line.text]);
    expect(root.querySelector('[data-continue]')).not.toBeNull();
    expect(calls).toContain('setScene("lift-lobby",false)');
    expect(observed).toHaveLength(0);

    draw();
    await tick(0);
    expect(observed).toHaveLength(1);
    expect(document.body.dataset.meetingDrawn).toBe('true');
    // the session's own first line took over the one on screen: no second copy
    expect(threadTexts(root)).toEqual([opening('hot-referral').line.text]);
    expect(observed[0]?.snapshot().line?.text).toBe(opening('hot-referral').line.text);
  });

  it('keeps a key pressed before the session has started, and acts on it', async () => {
    const observed: Session[] = [];
    const { root } = start('hot-referral', observed);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await tick();
    expect(observed).toHaveLength(1);
    expect(threadTexts(root)).toEqual([
      opening('hot-referral').line.text,
      "Thanks for coming over. He's three weeks in and still finding out what he inherited.",
    ]);
  });

  it('starts the session within a second even if the stage never draws', async () => {
    const observed: Session[] = [];
    start('hot-referral', observed);
    await tick(999);
    expect(observed).toHaveLength(0);
    await tick(1);
    expect(observed).toHaveLength(1);
  });
});
