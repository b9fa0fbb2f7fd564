// The phone page against an in-memory room: join by code, vote, change the vote, closed votes, a lost
// connection that comes back and sends the vote again, and a room that does not exist.
import { afterEach, describe, expect, it } from 'vitest';
import { PhonePage } from '../../../src/present/phone/phone-page.ts';
import type { PhoneView } from '../../../src/present/phone/phone-types.ts';
import { FakeRoom } from './fake-room.ts';

const question = (key: string, kind: 'open' | 'closed' = 'open'): PhoneView => ({
  kind,
  title: 'Hot Referral',
  question: {
    key,
    number: 1,
    setup: { who: 'Dana', text: 'So what would you do next?' },
    options: [
      { letter: 'A', text: 'Go over her head' },
      { letter: 'B', text: 'Ask what she needs' },
      { letter: 'C', text: 'List our awards' },
    ],
  },
});

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

function open(room: FakeRoom, code: string | null) {
  const links: ReturnType<FakeRoom['phone']>[] = [];
  const page = new PhonePage({
    code,
    storage: null,
    connect: (target) => {
      const link = room.phone('code' in target ? target.code : target.room);
      links.push(link);
      return link;
    },
  });
  document.body.append(page.el);
  const tap = (letter: string): void =>
    page.el.querySelector<HTMLButtonElement>(`[data-option="${letter}"]`)?.click();
  const confirm = (): string => page.el.querySelector('[data-phone-confirm]')?.textContent ?? '';
  return { page, links, tap, confirm, state: () => page.el.dataset.phoneState };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the phone page', () => {
  it('joins by a typed code, waits, then votes and confirms; a second tap changes the vote, counted once', async () => {
    const room = new FakeRoom('K7QX2M');
    const { page, tap, confirm, state } = open(room, null);
    expect(state()).toBe('join');
    const submit = async (typed: string): Promise<void> => {
      const input = page.el.querySelector<HTMLInputElement>('[data-phone-code]');
      if (!input) throw new Error('no code field');
      input.value = typed;
      page.el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
      await settle();
    };
    await submit('QQQQ 22');
    expect(page.el.querySelector('[role="alert"]')?.textContent).toMatch(/There is no room QQQQ22/);
    expect(page.el.querySelector<HTMLInputElement>('[data-phone-code]')?.value).toBe('QQQQ22');
    await submit('<script>');
    expect(page.el.querySelector('[role="alert"]')?.textContent).toMatch(/six letters and digits/);
    await submit('k7qx-2m');
    room.publish({ kind: 'waiting', title: 'Hot Referral' });
    expect(state()).toBe('waiting');
    expect(page.el.textContent).toMatch(/Waiting for the next decision/);

    room.publish(question('1:a|b|c'));
    expect(page.el.textContent).toContain('So what would you do next?');
    tap('B');
    expect(confirm()).toMatch(/Sending your vote for B/);
    await settle();
    expect(confirm()).toMatch(/Your vote: B\. Tap another option to change it/);
    expect(page.el.querySelector('[data-option="B"]')?.getAttribute('aria-pressed')).toBe('true');
    tap('C');
    await settle();
    expect(confirm()).toMatch(/Your vote: C/);
    expect(room.tallies().tallies).toEqual([{ key: '1:a|b|c', counts: [0, 0, 1] }]);

    room.publish(question('1:a|b|c', 'closed'));
    expect(page.el.textContent).toMatch(/Votes are closed/);
    expect(page.el.querySelector<HTMLButtonElement>('[data-option="A"]')?.disabled).toBe(true);
    expect(confirm()).toBe('Your vote: C.');
  });

  it('lands a late joiner on the current decision', async () => {
    const room = new FakeRoom('K7QX2M');
    room.publish(question('2:x|y|z'));
    const { state, page } = open(room, 'K7QX2M');
    await settle();
    expect(state()).toBe('open');
    expect(page.el.querySelectorAll('[data-option]')).toHaveLength(3);
  });

  it('says the connection is lost, and sends the vote cast meanwhile once it is back', async () => {
    const room = new FakeRoom('K7QX2M');
    room.publish(question('1:a|b|c'));
    const { links, tap, confirm, page } = open(room, 'K7QX2M');
    await settle();
    links[0]?.drop();
    expect(page.el.querySelector('[data-phone-banner]')?.textContent).toBe('Connection lost — retrying…');
    expect(page.el.querySelector<HTMLButtonElement>('[data-option="A"]')?.disabled).toBe(true);
    links[0]?.back();
    tap('A');
    links[0]?.drop();
    await settle();
    expect(confirm()).toMatch(/Your vote for A is sent when the connection is back/);
    links[0]?.back();
    await settle();
    expect(confirm()).toMatch(/Your vote: A/);
    expect(room.tallies().tallies).toEqual([{ key: '1:a|b|c', counts: [1, 0, 0] }]);
  });

  it('says plainly when the room refused a vote', async () => {
    const room = new FakeRoom('K7QX2M');
    room.publish(question('1:a|b|c'));
    const { tap, confirm } = open(room, 'K7QX2M');
    await settle();
    room.view = { kind: 'waiting', title: 'Hot Referral' };
    tap('A');
    await settle();
    expect(confirm()).toMatch(/did not count: the votes on this decision are closed/);
  });

  it('offers the code field again for a code that is not a room code', () => {
    const { page } = open(new FakeRoom('K7QX2M'), '!!');
    expect(page.el.querySelector('[role="alert"]')?.textContent).toMatch(/not a room code/);
  });
});
