// The app shell: hash routes (#/, #/play/<story>, #/watch/<story>/<path>), the title screen, and the lazy
// hand-over to the meeting chunk (session + overlay) and the Phaser chunk (stage), both prefetched at once.
import type { StageView } from '../game/stage-types.ts';
import type { StoryCardSource } from '../ui/story-card.ts';
import { rendererProbe } from '../game/renderer-probe.ts';
import { clear, h } from '../ui/dom.ts';
import type { MeetingMode } from '../ui/meeting/meeting-types.ts';
import type { LogEntry, PlaySession } from '../session/index.ts';
import type { StoryProgress } from '../ui/progress.ts';
import type { SettingsStore } from '../ui/settings.ts';
import { renderTitleScreen } from '../ui/title-screen.ts';

export interface AppOptions {
  root: HTMLElement;
  stageHost: HTMLElement;
  settings: SettingsStore;
  storage: Storage | null;
  cards: StoryCardSource[];
  loadStory: (id: string) => Promise<Record<string, unknown>>;
  /** Best score and completion per story, from the history; none until it has loaded. */
  readProgress?: () => Record<string, StoryProgress>;
  /** Panels for the title screen's side column. */
  titleAside?: () => HTMLElement[];
  /** A saved run the trainee asked to resume for this story, taken once. */
  takeResume?: (storyId: string) => Promise<readonly LogEntry[] | undefined>;
  /** Sees every meeting's session before it starts (autosave, LMS, workshops). */
  observeSession?: (session: PlaySession, storyId: string, mode: MeetingMode) => void;
}

export type Route =
  { name: 'title' } | { name: 'play'; story: string } | { name: 'watch'; story: string; path: string | null };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [name, story, path] = parts;
  if (name === 'play' && story) return { name: 'play', story };
  if (name === 'watch' && story) return { name: 'watch', story, path: path ?? null };
  return { name: 'title' };
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => (p ??= fn());
}

export function createApp(o: AppOptions) {
  const loadMeeting = once(() => import('../ui/meeting/meeting-screen.ts'));
  const loadPreview = once(() => import('../ui/meeting/opening-preview.ts'));
  const loadStageModule = once(() => import('../game/stage.ts'));
  const forced = new URLSearchParams(location.search).get('renderer');
  const getStage = once(async (): Promise<StageView> => {
    const mod = await loadStageModule();
    performance.mark('attune:stage-module');
    return mod.createStage(o.stageHost, {
      reducedMotion: o.settings.get().reducedMotion,
      ...(forced === 'webgl' || forced === 'canvas' ? { renderer: forced } : {}),
    });
  });
  let leave: (() => void) | null = null;
  let generation = 0;

  const go = (hash: string): void => {
    if (location.hash === hash) void route();
    else location.hash = hash;
  };

  const showTitle = (): void => {
    document.body.dataset.screen = 'title';
    document.title = 'Attune — choose a scenario';
    clear(o.root);
    o.root.append(
      renderTitleScreen({
        cards: o.cards,
        progress: o.readProgress?.() ?? {},
        aside: o.titleAside?.() ?? [],
        settings: o.settings,
        onPlay: (id) => go(`#/play/${encodeURIComponent(id)}`),
        onWatch: (id) => go(`#/watch/${encodeURIComponent(id)}`),
      }),
    );
    performance.mark('attune:title-interactive');
    document.body.dataset.titleReady = 'true';
  };

  const showError = (message: string): void => {
    document.body.dataset.screen = 'error';
    clear(o.root);
    const back = h('button', { class: 'btn btn-primary', type: 'button' }, 'Back to scenarios');
    back.addEventListener('click', () => go('#/'));
    o.root.append(
      h(
        'div',
        { class: 'error-panel', role: 'alert' },
        h('h1', { text: 'This scenario could not start' }),
        h('p', { text: message, style: 'margin: 1rem 0 1.5rem' }),
        back,
      ),
    );
  };

  async function openMeeting(route: Exclude<Route, { name: 'title' }>, mine: number): Promise<void> {
    clear(o.root);
    o.root.append(h('p', { class: 'boot', role: 'status', text: 'Setting up the meeting room…' }));
    // The stage (Phaser) keeps loading while the meeting starts: the first line never waits for it.
    const stage = getStage().finally(() => performance.mark('attune:stage-ready'));
    const mode: MeetingMode =
      route.name === 'play'
        ? { kind: 'play' }
        : { kind: 'watch', path: route.name === 'watch' ? route.path : null };
    const base = {
      root: o.root,
      storyId: route.story,
      mode,
      settings: o.settings,
      storage: o.storage,
      navigate: go,
      ...(o.observeSession ? { observeSession: o.observeSession } : {}),
    };
    const opening = o.cards.find((card) => card.id === route.story)?.opening;
    const preview = opening ? loadPreview() : null;
    const resume = route.name === 'play' ? await o.takeResume?.(route.story) : undefined;
    if (mine !== generation) return;

    // A fresh run of a built-in story: its opening at once, the story runtime after the room is drawn.
    if (opening && preview && !resume) {
      const view = await preview;
      if (mine !== generation) return;
      leave = view.previewThenPlay({ ...base, stage: view.stageWhenReady(stage) }, opening, async () => {
        const [mod, story] = await Promise.all([loadMeeting(), o.loadStory(route.story)]);
        return (started, handOver) => mod.playMeeting({ ...started, story }, handOver);
      });
      return;
    }

    const [mod, story] = await Promise.all([
      loadMeeting().finally(() => performance.mark('attune:meeting-module')),
      o.loadStory(route.story).finally(() => performance.mark('attune:story')),
    ]);
    if (mine !== generation) return;
    leave = mod.runMeeting({
      ...base,
      stage: mod.stageWhenReady(stage),
      story,
      ...(resume ? { resume } : {}),
    });
  }

  async function route(): Promise<void> {
    const mine = ++generation;
    leave?.();
    leave = null;
    const r = parseRoute(location.hash);
    if (r.name === 'title') {
      showTitle();
      return;
    }
    try {
      await openMeeting(r, mine);
    } catch (error) {
      if (mine === generation) showError(error instanceof Error ? error.message : String(error));
    }
  }

  return {
    /** Draws the title screen again (for example once saved progress has loaded), if it is showing. */
    refreshTitle(): void {
      if (parseRoute(location.hash).name === 'title' && document.body.dataset.screen === 'title') showTitle();
    },
    start(): void {
      window.addEventListener('hashchange', () => void route());
      void route();
      // Warm the heavy chunks while the trainee reads the cards. A meeting opened from a link loads what it
      // needs itself, in the order it needs it.
      const warm = (): void => {
        if (parseRoute(location.hash).name !== 'title') return;
        void rendererProbe();
        void loadPreview().catch(() => undefined);
        void loadMeeting().catch(() => undefined);
        void loadStageModule().catch(() => undefined);
      };
      if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 300 });
      else setTimeout(warm, 50);
    },
  };
}
