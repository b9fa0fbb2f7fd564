// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { AudienceView } from '../../src/present/audience-view.ts';
import { PresenterView } from '../../src/present/presenter-view.ts';
import { memoryTransports } from '../../src/present/protocol.ts';
import { WorkshopHost } from '../../src/present/workshop-host.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { hotReferral } from './story-fixtures.ts';

const settle = async (): Promise<void> => {
  for (let i = 0; i < 4; i++) await Promise.resolve();
};

function workshop(o: { embedded?: boolean; now?: () => number } = {}) {
  const [hostEnd, presenterEnd] = memoryTransports(2);
  if (!hostEnd || !presenterEnd) throw new Error('transports expected');
  const audience = new AudienceView({ onOpenPresenter: () => undefined, onToggleNotes: () => undefined });
  const host = new WorkshopHost({
    storyId: 'hot-referral',
    story: hotReferral,
    rubric: defaultRubric,
    room: 'views',
    instance: 'projector-1',
    now: () => 1000,
    transport: hostEnd,
    onState: (s) => audience.update(s),
  });
  audience.update(host.state);
  const presenter = new PresenterView({
    transport: presenterEnd,
    id: 'presenter-1',
    now: o.now ?? (() => 1000),
    embedded: o.embedded ?? false,
    helloTimeoutMs: 50,
  });
  document.body.replaceChildren(audience.el, presenter.el);
  const key = (k: string): boolean => presenter.handleKey(new KeyboardEvent('keydown', { key: k }));
  return { audience, host, presenter, key };
}

const visibleText = (el: HTMLElement): string =>
  [...el.querySelectorAll<HTMLElement>('*')]
    .filter((node) => !node.closest('[hidden]') && node.children.length === 0)
    .map((node) => node.textContent ?? '')
    .join(' ');

describe('audience and presenter views (DOM)', () => {
  it('the presenter drives the projector with keys: select, vote, reveal, choose', async () => {
    const { audience, key, presenter } = workshop();
    await settle();
    expect(presenter.el.querySelector('[data-connection]')?.textContent).toMatch(/connected/i);
    for (let i = 0; i < 12 && !audience.el.querySelector('.aud-ask:not([hidden])'); i++) {
      key('ArrowRight');
      await settle();
    }
    expect(audience.el.querySelector('#aud-ask-title')?.textContent).toBe('What would you do?');
    expect([...audience.el.querySelectorAll('.aud-option .aud-letter')].map((n) => n.textContent)).toEqual([
      'A',
      'B',
      'C',
    ]);

    key('1');
    key('+');
    key('+');
    key('3');
    key('+');
    await settle();
    expect(presenter.el.querySelector<HTMLInputElement>('[data-votes="A"]')?.value).toBe('2');
    expect(presenter.el.querySelector('[data-total]')?.getAttribute('data-total')).toBe('3');
    expect(visibleText(audience.el)).not.toMatch(/\d/);

    key('r');
    await settle();
    expect(audience.el.querySelector('[data-option="A"] .aud-count')?.textContent).toBe('2 votes · 67%');
    expect(audience.el.querySelector('[data-option="C"] .aud-count')?.textContent).toBe('1 vote · 33%');

    const before = audience.el.querySelector('[data-line]')?.getAttribute('data-line');
    key('Enter'); // plays the majority A, not C (the option last selected for vote entry)
    await settle();
    expect(audience.el.querySelector('.aud-ask')?.hasAttribute('hidden')).toBe(true);
    expect(audience.el.querySelector('[data-line]')?.getAttribute('data-line')).not.toBe(before);
    expect(audience.el.querySelector('[data-played] .aud-letter')?.textContent).toBe('A');
  });

  it('blackout hides everything on the projector', async () => {
    const { audience, key } = workshop();
    await settle();
    key('ArrowRight');
    await settle();
    key('b');
    await settle();
    expect(audience.el.querySelector('[data-blackout]')?.hasAttribute('hidden')).toBe(false);
    expect(audience.el.querySelector('.aud-meeting')?.getAttribute('aria-hidden')).toBe('true');
    key('b');
    await settle();
    expect(audience.el.querySelector('[data-blackout]')?.hasAttribute('hidden')).toBe(true);
  });

  it('says when a key needs a selection first', async () => {
    const { key, presenter, host } = workshop();
    await settle();
    while (!host.state.decision) {
      key('ArrowRight');
      await settle();
    }
    key('+');
    expect(presenter.el.querySelector('[data-status]')?.textContent).toMatch(/Select an option first/);
  });

  it('a clicker runs a decision: PageDown reveals, PageDown plays the majority; a minority asks first', async () => {
    const { audience, presenter, key } = workshop();
    await settle();
    for (let i = 0; i < 12 && !audience.el.querySelector('.aud-ask:not([hidden])'); i++) {
      key('PageDown');
      await settle();
    }
    key('2');
    key('+');
    key('+');
    key('3');
    key('+');
    await settle();
    presenter.el.querySelector<HTMLButtonElement>('[data-play="C"]')?.click();
    expect(presenter.el.querySelector('[data-asking]')?.textContent).toContain(
      "C has 1 vote of 3; the room's majority is B. Play C anyway?",
    );
    key('Escape');
    await settle();
    expect(presenter.el.querySelector('[data-asking]')).toBeNull();
    expect(audience.el.querySelector('.aud-ask:not([hidden])')).not.toBeNull();
    key('PageDown');
    await settle();
    expect(audience.el.querySelector('[data-option="B"] .aud-count')?.textContent).toBe('2 votes · 67%');
    key('PageDown');
    await settle();
    expect(audience.el.querySelector('[data-played] .aud-letter')?.textContent).toBe('B');
  });

  it('restart asks first; Enter confirms it', async () => {
    const { audience, host, presenter, key } = workshop();
    await settle();
    host.apply({ type: 'debrief' });
    await settle();
    presenter.el.querySelector<HTMLButtonElement>('[data-action="restart"]')?.click();
    expect(presenter.el.querySelector('[data-asking="restart"]')).not.toBeNull();
    expect(audience.el.dataset.screen).toBe('debrief');
    key('Enter');
    await settle();
    expect(audience.el.dataset.screen).toBe('intro');
  });

  it('the notes drawer on the projector hides effects, paths and counts unless asked (A)', async () => {
    const { audience, presenter, key } = workshop({ embedded: true });
    await settle();
    for (let i = 0; i < 12 && !audience.el.querySelector('.aud-ask:not([hidden])'); i++) {
      key('ArrowRight');
      await settle();
    }
    key('1');
    key('+');
    await settle();
    const text = (): string => visibleText(presenter.el);
    expect(presenter.el.querySelectorAll('.pv-fx, .pv-path, .pv-why, [data-votes], .pv-share')).toHaveLength(
      0,
    );
    expect(text()).not.toMatch(/align|attune|exemplary|majority/i);
    key('a');
    expect(presenter.el.querySelectorAll('.pv-fx').length).toBeGreaterThan(0);
    expect(text()).toMatch(/exemplary/);
  });

  it('a projector that was only slow comes back with its next beat, and keys pressed meanwhile still reach it', async () => {
    vi.useFakeTimers();
    try {
      let now = 1000;
      const { host, presenter, key } = workshop({ now: () => now });
      const connection = (): string | null | undefined =>
        presenter.el.querySelector('[data-connection]')?.getAttribute('data-connection');
      await vi.advanceTimersByTimeAsync(0);
      now += 3000;
      await vi.advanceTimersByTimeAsync(500);
      expect(connection()).toBe('lost');
      host.beat();
      await vi.advanceTimersByTimeAsync(0);
      expect(connection()).toBe('connected');

      now += 3000;
      await vi.advanceTimersByTimeAsync(500);
      expect(connection()).toBe('lost');
      const seq = host.state.seq;
      expect(key('ArrowRight')).toBe(true);
      await vi.advanceTimersByTimeAsync(0);
      expect(host.state.seq).toBeGreaterThan(seq);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says "Projector lost" once 2.5 s pass without a state or a beat', async () => {
    vi.useFakeTimers();
    try {
      let now = 1000;
      const { presenter } = workshop({ now: () => now });
      await vi.advanceTimersByTimeAsync(0);
      expect(presenter.el.querySelector('[data-connection]')?.getAttribute('data-connection')).toBe(
        'connected',
      );
      now += 2000;
      await vi.advanceTimersByTimeAsync(500);
      expect(presenter.el.querySelector('[data-connection]')?.getAttribute('data-connection')).toBe(
        'connected',
      );
      now += 1000;
      await vi.advanceTimersByTimeAsync(500);
      expect(presenter.el.querySelector('[data-connection]')?.textContent).toBe('Projector lost');
      expect(presenter.el.querySelector('[data-lost]')?.textContent).toContain('Nothing is lost');
    } finally {
      vi.useRealTimers();
    }
  });
});
