// Entry point: settings and the title screen are plain DOM and appear at once; Phaser, the story runtime
// and each story load lazily, in parallel, while the trainee reads the cards.
import './boot/early-load.ts';
import '@fontsource-variable/inter/index.css';
import './ui/styles/base.css';
import './ui/styles/title.css';
import cards from 'virtual:story-cards';
import { createApp } from './boot/app-shell.ts';
import { createBootState } from './boot/boot-state.ts';
import { resumeSource } from './boot/resume-policy.ts';
import { isMeetingRoute, meetingHash, parseRoute } from './boot/route.ts';
import { lmsLaunchRequest } from './lms/launch-request.ts';
import type { LogEntry } from './session/index.ts';
import { MEETING_DRAWN } from './ui/meeting/meeting-types.ts';
import { downloadText, renderProgressPanel, type ProgressPanel } from './ui/saves/progress-panel.ts';
import { isSavable, openProgress, wireProgress } from './ui/saves/progress-wiring.ts';
import { hintRun, mayHaveRun } from './ui/saves/run-hints.ts';
import { showUpdateBanner } from './ui/saves/update-banner.ts';
import { applySettings, createSettingsStore } from './ui/settings.ts';
import { storyLoaders } from './ui/story-loaders.ts';
import { localStore } from './ui/web-storage.ts';

const storage = localStore();
const prefersReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const settings = createSettingsStore(storage, prefersReduced);
applySettings(document.documentElement, settings.get());
settings.subscribe((s) => applySettings(document.documentElement, s));

const app = document.getElementById('app');
const stage = document.getElementById('stage');
if (!app || !stage) throw new Error('index.html must contain #app and #stage');

const boot = createBootState();
/** The built-in stories, each with its loader: an id is used only when it is one of these. */
const builtIn = new Map(Object.entries(storyLoaders));
const playable = cards.filter((card) => builtIn.has(card.id));
const builtInIds = playable.map((card) => card.id);
const titles = new Map(playable.map((card) => [card.id, card.title]));
const knownStories = (): readonly string[] => [...builtInIds, ...boot.ownStories.keys()];
/** The stories with a run waiting to be resumed, as the progress panel last read them. */
let waitingRuns: ReadonlySet<string> = new Set();

async function loadBuiltIn(id: string): Promise<Record<string, unknown>> {
  const load = builtIn.get(id);
  if (!load) throw new Error(`No story called "${id}" in stories/; choose one of: ${builtInIds.join(', ')}`);
  return load();
}

// In an LMS (a package launch page) or with an LRS configured, the LMS adapter connects before the app
// starts; otherwise no LMS code is fetched at all. (No top-level await: it would split the first bundle.)
const lmsRequest = lmsLaunchRequest(document.documentElement, location.search);
const lmsReady = lmsRequest
  ? import('./lms/connect-lms.ts')
      .then(({ connectLms }) => connectLms(lmsRequest, { win: window, storage, loadStory: loadBuiltIn }))
      .then((hooks) => {
        boot.lms = hooks;
        if (hooks.initialHash && !location.hash) history.replaceState(null, '', hooks.initialHash);
      })
      .catch((error: unknown) => {
        console.warn('Attune LMS: the LMS adapter did not load; playing without reporting.', error);
      })
  : null;

async function takeResume(id: string): Promise<readonly LogEntry[] | undefined> {
  const lms = boot.lms;
  const fromLms = lms?.takeResume(id);
  const requested = boot.resumeRequests.get(id);
  boot.resumeRequests.delete(id);
  const source = resumeSource({
    screen: 'play',
    lms: lms?.scorm ? 'scorm' : lms ? 'lrs' : 'none',
    lmsHasResume: fromLms !== undefined,
    requested: requested !== undefined,
    firstMeetingSinceLoad: boot.meetingsOpened++ === 0,
    savable: isSavable(id),
    mayHaveSavedRun: mayHaveRun(storage, id),
  });
  if (source === 'lms') return fromLms;
  if (source === 'requested') return requested;
  if (source === 'saved-run') return (await boot.savesOpen).savedRun(id);
  return undefined;
}

const shell = createApp({
  root: app,
  stageHost: stage,
  settings,
  storage,
  cards: playable,
  knownStories,
  loadStory: async (id) => boot.ownStories.get(id)?.story ?? loadBuiltIn(id),
  untitledAs: (id) => boot.ownStories.get(id)?.title,
  readProgress: () => (boot.saves.phase === 'open' ? boot.saves.wiring.readProgress() : {}),
  titleAside: () => {
    const panel = progressPanel();
    panel?.refresh();
    return panel ? [panel.el] : [];
  },
  titleRuns: {
    offer: () => progressPanel()?.offer ?? null,
    waiting: () => waitingRuns,
    resume: (id) => {
      if (boot.saves.phase !== 'open') return;
      void boot.saves.progress.runInProgress(id).then((run) => {
        if (run) boot.resumeRequests.set(id, run.log);
        location.hash = meetingHash('play', id);
      });
    },
    startOver: (id) => {
      if (boot.saves.phase !== 'open') return;
      void boot.saves.progress.clearRun(id).then(() => {
        hintRun(storage, id, false);
        waitingRuns = new Set([...waitingRuns].filter((story) => story !== id));
        location.hash = meetingHash('play', id);
      });
    },
  },
  takeResume,
  // A meeting opened straight from a link can start before storage is open: hook in once it is.
  observeSession: (session, id, mode) => {
    boot.lms?.observeSession(session, id, mode);
    if (!boot.lms?.scorm) void boot.savesOpen.then((w) => w.observeSession(session, id, mode));
  },
});

const first = parseRoute(location, builtInIds);
// Facilitator mode (?mode=present): the projector or presenter window of a workshop, in its own lazy chunk.
if (first.screen === 'present') {
  void import('./present/present-app.ts').then(({ startPresent }) =>
    startPresent({
      root: app,
      search: location.search,
      stories: Object.fromEntries(builtIn),
      storage: localStore(),
    }),
  );
} else if (first.screen === 'join') {
  // A phone in a workshop's room: its own small lazy chunk (no stage, no story runtime).
  void import('./present/phone/phone-app.ts').then(({ startPhone }) =>
    startPhone({
      root: app,
      code: first.code,
      room: first.room,
      search: location.search,
      builtRelay: import.meta.env.VITE_ATTUNE_RELAY as string | undefined,
      storage,
    }),
  );
} else if (lmsReady) void lmsReady.then(() => shell.start());
else shell.start();

// The progress panel is built the first time the title screen shows it: a meeting opened from a link
// never pays for it.
function progressPanel(): ProgressPanel | null {
  const saves = boot.saves;
  if (saves.phase !== 'open') return null;
  saves.panel ??= renderProgressPanel({
    progress: saves.progress,
    titles,
    download: downloadText,
    onImported: () => void saves.wiring.loadBests(),
    onRunsRead: (ids) => {
      const changed = ids.size !== waitingRuns.size || [...ids].some((id) => !waitingRuns.has(id));
      waitingRuns = ids;
      if (changed) shell.refreshTitle();
    },
    onResume: (run) => {
      boot.resumeRequests.set(run.storyId, run.log);
      location.hash = meetingHash('play', run.storyId);
    },
    ownStory: {
      onReady: ({ json, title }) => {
        const id = `own-${boot.ownStories.size + 1}`;
        boot.ownStories.set(id, { story: JSON.parse(json) as Record<string, unknown>, title });
        location.hash = meetingHash('play', id);
      },
    },
  });
  return saves.panel;
}

function openSaves(): void {
  // A phone voting in a workshop keeps no progress: it never opens the saves.
  if (boot.saves.phase !== 'closed' || first.screen === 'join') return;
  boot.saves = { phase: 'opening' };
  void openProgress({ stories: builtInIds }).then((progress) => {
    const wiring = wireProgress(progress, () => shell.refreshTitle(), storage);
    boot.opened(progress, wiring);
    void wiring.loadBests();
  });
}

// A fresh meeting opened from a link has nothing to resume: storage opens once its first line and room
// are on screen (or after a few seconds, or on leaving for the title), not while they are being drawn.
if (!isMeetingRoute(first) || lmsRequest || (first.screen === 'play' && mayHaveRun(storage, first.story))) {
  openSaves();
} else {
  document.addEventListener(MEETING_DRAWN, openSaves, { once: true });
  window.addEventListener('hashchange', openSaves, { once: true });
  setTimeout(openSaves, 3000);
}

// The service worker caches the whole game for offline play; it registers once the page has loaded and
// gone quiet, so its downloads never compete with the first title or meeting frame.
const registerWhenIdle = (): void => {
  if (lmsRequest) return; // Inside an LMS the LMS serves the course: no service worker of ours on its origin.
  if (first.screen === 'join') return; // A phone in the room needs the room, not the whole game offline.
  const later = (): void =>
    void import('./offline/register-offline.ts').then(({ registerOffline }) =>
      registerOffline({ onUpdate: (apply) => showUpdateBanner(apply) }),
    );
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(later, { timeout: 4000 });
    else later();
  }, 3000);
};
if (document.readyState === 'complete') registerWhenIdle();
else window.addEventListener('load', registerWhenIdle, { once: true });
