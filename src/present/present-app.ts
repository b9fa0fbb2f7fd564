// Facilitator mode's entry: one call decides, from the URL, whether this window is the audience view (the
// projector, owner of the session) or a presenter view, and wires it to the room's BroadcastChannel. A
// projector opened from a card makes a fresh room and workshop key and writes them into its own address, so
// a reload, the presenter it opens and a reopened projector all join that workshop and no other.
import './styles/present.css';
import { clear, h } from '../kit/dom.ts';
import { pruneWorkshops, workshopStore } from '../persist/workshop-store.ts';
import { castLooks } from '../session/index.ts';
import { AudienceView } from './audience-view.ts';
import { newRoomId, newWorkshopKey } from './channel-auth.ts';
import { parsePresentParams, presentHref, type PresentParams } from './present-params.ts';
import { PresenterView } from './presenter-view.ts';
import { broadcastTransport, HEARTBEAT_MS, wallClock, type Transport } from './protocol.ts';
import { WorkshopHost } from './workshop-host.ts';
import type { WorkshopState } from './workshop-types.ts';
import { openWorkshopWire, type WorkshopWire } from './workshop-wire.ts';
import { phonesLine, projectorPhones } from './phone/room-phones.ts';

export interface PresentOptions {
  root: HTMLElement;
  /** location.search of this window. */
  search: string;
  /** Lazy story loaders by id (stories/<id>.ink). */
  stories: Record<string, () => Promise<Record<string, unknown>>>;
  /**
   * Where the projector keeps the workshop (localStorage: a closed or crashed projector reopened in a new
   * window finds it); null keeps it in memory.
   */
  storage: Storage | null;
}

/** Saved workshops older than this are removed when a projector starts. */
const KEEP_WORKSHOPS_MS = 14 * 24 * 3600 * 1000;

/** A short random id for one window on the room's channel (the wiring's only source of randomness). */
const windowId = (): string => crypto.randomUUID().slice(0, 8);

export async function startPresent(o: PresentOptions): Promise<void> {
  let params = parsePresentParams(o.search, location.hash);
  document.documentElement.dataset.present = params.view;
  document.body.dataset.screen = `present-${params.view}`;
  // The relay's room when there is one (see workshop-wire.ts), else this browser's BroadcastChannel.
  const wire = await openWorkshopWire({
    view: params.view,
    room: params.room,
    location,
    builtRelay: import.meta.env.VITE_ATTUNE_RELAY as string | undefined,
    replaceUrl: (url) => history.replaceState(history.state, '', url),
  });
  params.room = wire.room;
  if (!wire.relay && params.view === 'audience' && params.story && (!params.named || !params.key)) {
    // A workshop started from a card, offline: its own room and key, kept in this window's address.
    params = {
      ...params,
      room: params.named ? params.room : newRoomId(),
      named: true,
      key: params.key ?? newWorkshopKey(),
    };
    history.replaceState(history.state, '', `${location.pathname}${presentHref(params, 'audience')}`);
  }
  if (params.view === 'presenter') {
    startPresenter(o, params, wire);
    return;
  }
  await startAudience(o, params, wire);
}

/** A new end of the workshop's wire: the relay's room, else this browser's channel signed with the key. */
function endOf(wire: WorkshopWire, params: PresentParams): Transport {
  return wire.relay ? wire.transport() : broadcastTransport(params.room, { key: params.key ?? undefined });
}

/** Opens the other view in its own window; when the browser blocks it, says where to open it by hand. */
function openWindow(params: PresentParams, view: PresentParams['view']): void {
  // The fragment carries the workshop key (the relay's facilitator key on a relay) to the other window.
  const url = `${location.pathname}${presentHref(params, view)}`;
  const features = view === 'presenter' ? 'popup,width=1360,height=860' : 'popup,width=1280,height=720';
  const opened = window.open(url, `attune-${view}-${params.room}`, features);
  if (opened) return;
  const where = new URL(url, location.href).href;
  const note = h(
    'p',
    { class: 'present-blocked', role: 'alert' },
    `The browser blocked the new window. Allow pop-ups for this site, or open ${where} in a new window.`,
  );
  document.querySelector('.present-blocked')?.remove();
  document.body.append(note);
  setTimeout(() => note.remove(), 15_000);
}

function startPresenter(o: PresentOptions, params: PresentParams, wire: WorkshopWire): void {
  document.title = 'Presenter — Attune workshop';
  if (!wire.relay && !params.key) {
    showProblem(
      o.root,
      'This presenter window has no workshop key',
      'Open it with “Open the presenter view” on the projector’s title slide, or use the projector’s full address (it ends in #key=…) with &view=presenter added.',
      [],
    );
    return;
  }
  const view = new PresenterView({
    transport: endOf(wire, params),
    id: windowId(),
    now: wallClock,
    embedded: false,
    thumbnail: true,
    ...(params.story ? { onOpenAudience: () => openWindow(params, 'audience') } : {}),
  });
  clear(o.root);
  o.root.append(view.el);
  if (wire.relay) o.root.append(phonesLine(wire.transport()));
  document.addEventListener('keydown', (event) => {
    if (view.handleKey(event)) event.preventDefault();
  });
  window.addEventListener('pagehide', () => {
    view.dispose();
    wire.close();
  });
}

function showProblem(root: HTMLElement, title: string, message: string, ids: string[]): void {
  clear(root);
  root.append(
    h(
      'div',
      { class: 'error-panel', role: 'alert' },
      h('h1', { text: title }),
      h('p', { text: message, style: 'margin: 1rem 0' }),
      ids.length > 0
        ? h(
            'ul',
            {},
            ids.map((id) =>
              h('li', {}, h('a', { href: `?mode=present&story=${encodeURIComponent(id)}`, text: id })),
            ),
          )
        : null,
      h('p', {}, h('a', { href: './', text: 'Back to the scenarios' })),
    ),
  );
}

async function startAudience(o: PresentOptions, given: PresentParams, wire: WorkshopWire): Promise<void> {
  // Offline, a window without the workshop key gets a key of its own: it then hears no other window.
  const params = wire.relay || given.key ? given : { ...given, key: newWorkshopKey() };
  const ids = Object.keys(o.stories).sort();
  const load = params.story ? o.stories[params.story] : undefined;
  if (!params.story || !load) {
    showProblem(
      o.root,
      params.story ? `No scenario called “${params.story}”` : 'Which scenario?',
      'Start a workshop with ?mode=present&story=<scenario>; the scenarios are:',
      ids,
    );
    return;
  }
  const storyId = params.story;
  const story = await load();
  const drawer = h('aside', {
    class: 'aud-drawer',
    'aria-label': 'Facilitator notes',
    hidden: true,
    'data-drawer': '',
  });
  const toggleNotes = (): void => {
    drawer.hidden = !drawer.hidden;
    document.documentElement.toggleAttribute('data-notes-open', !drawer.hidden);
  };
  const view = new AudienceView({
    onOpenPresenter: () => openWindow(params, 'presenter'),
    onToggleNotes: toggleNotes,
  });
  let phones: ReturnType<typeof projectorPhones> | null = null;
  const draw = (state: WorkshopState): void => {
    view.update(state);
    phones?.update(state);
    // For latency measurement (scripts/bench-facilitator.js): which command this drawn state answers.
    performance.mark('attune:workshop-drawn', {
      detail: {
        seq: state.seq,
        id: state.answered?.id ?? null,
        sentAt: state.answered?.sentAt ?? null,
        receivedAt: state.answered?.receivedAt ?? null,
      },
    });
  };
  // One room has one owner of the session. A second projector window of the same room mirrors the first
  // (a second screen) instead of starting a rival meeting.
  const transport = endOf(wire, params);
  const owner = await findOwner(transport, 250);
  let latest: WorkshopState;
  let host: WorkshopHost | null = null;
  if (owner) {
    latest = owner;
    transport.listen((message) => {
      if (message.kind !== 'state' || message.state.instance !== latest.instance) return;
      if (message.state.seq <= latest.seq) return;
      latest = message.state;
      draw(latest);
    });
    view.el.setAttribute('data-mirror', '');
  } else {
    pruneWorkshops(o.storage, Date.now(), KEEP_WORKSHOPS_MS);
    host = new WorkshopHost({
      storyId,
      story,
      room: params.room,
      transport,
      instance: windowId(),
      now: wallClock,
      store: workshopStore(wire.storage ?? o.storage, params.room),
      onState: (state) => {
        latest = state;
        draw(state);
      },
    });
    latest = host.state;
  }
  document.title = `${latest.card.title} — Attune workshop`;
  view.update(latest);
  const notes = new PresenterView({
    transport: endOf(wire, params),
    id: windowId(),
    now: wallClock,
    embedded: true,
    onNotes: toggleNotes,
  });
  drawer.append(notes.el);
  clear(o.root);
  o.root.append(view.el, drawer);
  if (wire.relay) {
    phones = projectorPhones(wire.relay, view.el, host);
    phones.update(latest);
  }
  host?.announce();
  const beating = host ? setInterval(() => host?.beat(), HEARTBEAT_MS) : undefined;
  document.body.dataset.presentReady = 'true';

  window.addEventListener('resize', () => view.refit());
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if ((event.key === 'n' || event.key === 'N') && !(event.target instanceof HTMLInputElement)) {
      event.preventDefault();
      toggleNotes();
      return;
    }
    if (notes.handleKey(event)) event.preventDefault();
  });
  window.addEventListener('pagehide', () => {
    clearInterval(beating);
    notes.dispose();
    phones?.close();
    host?.dispose();
    transport.close();
    wire.close();
  });

  if (!params.stage) return;
  try {
    const { createStage } = await import('../game/stage.ts');
    const stage = await createStage(view.stageHost, {
      reducedMotion: document.documentElement.dataset.motion === 'reduced',
      ...(params.renderer ? { renderer: params.renderer } : {}),
    });
    view.attachStage(stage, castLooks(story, latest.card));
    document.body.dataset.stageReady = 'true';
  } catch (error) {
    // The projector reads well without the picture: say so in the console, keep the workshop running.
    console.warn('The stage could not start; the projector shows the conversation without it.', error);
    view.el.setAttribute('data-no-stage', '');
  }
}

/**
 * Asks the room whether an audience window already owns the session; resolves with its state, or null.
 * Only an answer to this window's own hello counts (a replayed old state cannot make it a mirror).
 */
function findOwner(transport: Transport, waitMs: number): Promise<WorkshopState | null> {
  const id = windowId();
  return new Promise((resolve) => {
    const stop = transport.listen((message) => {
      if (message.kind !== 'state' || message.re !== id) return;
      stop();
      clearTimeout(timer);
      resolve(message.state);
    });
    const timer = setTimeout(() => {
      stop();
      resolve(null);
    }, waitMs);
    transport.send({ kind: 'hello', from: 'audience', id });
  });
}
