// The app shell: routes (read by the one parser in route.ts), the screen state, the title screen, the
// error panels, and the lazy hand-over to the meeting chunk (session + overlay) and the Phaser chunk
// (stage), both prefetched at once.
import type { StageView } from '../game/stage-types.ts';
import type { StoryCardSource } from '../ui/story-card.ts';
import { rendererProbe } from '../game/renderer-probe.ts';
import { clear, h } from '../ui/dom.ts';
import type { MeetingMode } from '../ui/meeting/meeting-types.ts';
import type { LogEntry, PlaySession } from '../session/index.ts';
import type { StoryProgress } from '../ui/progress.ts';
import type { SettingsStore } from '../ui/settings.ts';
import { renderTitleScreen, type TitleRuns } from '../ui/title-screen.ts';
import { meetingHash, parseRoute, type Route } from './route.ts';
import { createScreenState, type MeetingRoute, type ScreenTicket } from './screen-state.ts';

export interface AppOptions {
  root: HTMLElement;
  stageHost: HTMLElement;
  settings: SettingsStore;
  storage: Storage | null;
  cards: StoryCardSource[];
  /** Every story a link may name now: the built-in ones and those opened from files this visit. */
  knownStories: () => readonly string[];
  loadStory: (id: string) => Promise<Record<string, unknown>>;
  /** The title of a story without `# title:`, by id: a story opened from a file shows its file name. */
  untitledAs?: (id: string) => string | undefined;
  /** Best score and completion per story, from the history; none until it has loaded. */
  readProgress?: () => Record<string, StoryProgress>;
  /** Panels for the title screen's side column. */
  titleAside?: () => HTMLElement[];
  /** The title screen's first content: the runs waiting to be resumed, and what its cards do with them. */
  titleRuns?: TitleRuns;
  /** A saved run the trainee asked to resume for this story, taken once. */
  takeResume?: (storyId: string) => Promise<readonly LogEntry[] | undefined>;
  /** Sees every meeting's session before it starts (autosave, LMS, workshops). */
  observeSession?: (session: PlaySession, storyId: string, mode: MeetingMode) => void;
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
  const screens = createScreenState();

  const go = (hash: string): void => {
    if (location.hash === hash) void route();
    else location.hash = hash;
  };

  /** Back to the title: drops a facilitator-mode query that named nothing, keeping any other parameter. */
  const backToTitle = (): void => {
    const query = new URLSearchParams(location.search);
    if (!query.has('mode')) return go('#/');
    query.delete('mode');
    query.delete('story');
    const rest = query.toString();
    history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}#/`);
    void route();
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
        onPlay: (id) => go(meetingHash('play', id)),
        onWatch: (id) => go(meetingHash('watch', id)),
        ...(o.titleRuns ? { runs: o.titleRuns } : {}),
      }),
    );
    performance.mark('attune:title-interactive');
    document.body.dataset.titleReady = 'true';
  };

  const showPanel = (screen: 'error' | 'not-found', heading: string, message: string): void => {
    document.body.dataset.screen = screen;
    document.title = `Attune — ${heading.toLowerCase()}`;
    clear(o.root);
    const back = h(
      'button',
      { class: 'btn btn-primary', type: 'button', 'data-action': 'back-to-title' },
      'Back to scenarios',
    );
    back.addEventListener('click', backToTitle);
    o.root.append(
      h(
        'div',
        { class: 'error-panel', role: 'alert', 'data-panel': screen },
        h('h1', { text: heading }),
        h('p', { text: message, style: 'margin: 1rem 0 1.5rem' }),
        back,
      ),
    );
    back.focus();
  };

  async function openMeeting(route: MeetingRoute, ticket: ScreenTicket): Promise<void> {
    clear(o.root);
    o.root.append(h('p', { class: 'boot', role: 'status', text: 'Setting up the meeting room…' }));
    // The stage (Phaser) keeps loading while the meeting starts: the first line never waits for it.
    const stage = getStage().finally(() => performance.mark('attune:stage-ready'));
    const mode: MeetingMode =
      route.screen === 'play' ? { kind: 'play' } : { kind: 'watch', path: route.path };
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
    const resume = route.screen === 'play' ? await o.takeResume?.(route.story) : undefined;
    if (!ticket.current) return;

    // A fresh run of a built-in story: its opening at once, the story runtime after the room is drawn.
    if (opening && preview && !resume) {
      const view = await preview;
      if (!ticket.current) return;
      ticket.own(
        view.previewThenPlay({ ...base, stage: view.stageWhenReady(stage) }, opening, async () => {
          const [mod, story] = await Promise.all([loadMeeting(), o.loadStory(route.story)]);
          return (started, handOver) => mod.playMeeting({ ...started, story }, handOver);
        }),
      );
      return;
    }

    const [mod, story] = await Promise.all([
      loadMeeting().finally(() => performance.mark('attune:meeting-module')),
      o.loadStory(route.story).finally(() => performance.mark('attune:story')),
    ]);
    if (!ticket.current) return;
    const untitled = o.untitledAs?.(route.story);
    ticket.own(
      mod.runMeeting({
        ...base,
        stage: mod.stageWhenReady(stage),
        story,
        ...(untitled ? { untitled } : {}),
        ...(resume ? { resume } : {}),
      }),
    );
  }

  const currentRoute = (): Route => parseRoute(location, o.knownStories());

  async function route(): Promise<void> {
    const r = currentRoute();
    if (r.screen === 'play' || r.screen === 'watch') {
      const ticket = screens.enter({ name: 'meeting', route: r });
      try {
        await openMeeting(r, ticket);
      } catch (error) {
        if (!ticket.current) return;
        const message = error instanceof Error ? error.message : String(error);
        screens.enter({ name: 'error', message });
        showPanel('error', 'This scenario could not start', message);
      }
      return;
    }
    if (r.screen === 'not-found') {
      screens.enter({ name: 'not-found', reason: r.reason });
      showPanel('not-found', 'This link leads nowhere', `${r.reason} Choose a scenario instead.`);
      return;
    }
    // The title (facilitator mode starts its own app before this shell: see main.ts).
    screens.enter({ name: 'title' });
    showTitle();
  }

  return {
    /** Draws the title screen again (for example once saved progress has loaded), if it is showing. */
    refreshTitle(): void {
      if (screens.screen.name === 'title') showTitle();
    },
    /** The screen on show. */
    get screen() {
      return screens.screen;
    },
    start(): void {
      window.addEventListener('hashchange', () => void route());
      void route();
      // Warm the heavy chunks while the trainee reads the cards. A meeting opened from a link loads what it
      // needs itself, in the order it needs it.
      const warm = (): void => {
        if (screens.screen.name !== 'title') return;
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
