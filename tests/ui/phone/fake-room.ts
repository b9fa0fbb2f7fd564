// An in-memory room for phone-page tests: the PhoneLink contract the relay's client is adapted to, with the
// relay's rules (a phone casts only its own vote, only at the open decision; one per phone).
import type {
  PhoneBallot,
  PhoneLink,
  PhoneStatus,
  PhoneTallies,
  PhoneView,
} from '../../../src/present/phone/phone-types.ts';

function countBallots(ballots: Map<string, PhoneBallot>, key: string, options: number): number[] {
  const counts = Array.from({ length: options }, () => 0);
  for (const ballot of ballots.values())
    if (ballot.key === key) counts[ballot.index] = (counts[ballot.index] ?? 0) + 1;
  return counts;
}

export class FakeRoom {
  view: PhoneView | null = null;
  readonly ballots = new Map<string, PhoneBallot>();
  private readonly phones = new Map<
    string,
    { status: (s: PhoneStatus) => void; view: (v: PhoneView) => void }
  >();
  private readonly watchers = new Set<(t: PhoneTallies) => void>();
  private next = 0;

  constructor(readonly code: string) {}

  /** What the projector shows phones now (the relay derives it from the projector's state). */
  publish(view: PhoneView): void {
    this.view = view;
    for (const phone of this.phones.values()) phone.view(view);
  }

  /** The phones' tallies as the projector hears them. */
  watch(listener: (t: PhoneTallies) => void): void {
    this.watchers.add(listener);
    listener(this.tallies());
  }

  /** A phone's link; `code` other than the room's finds no room. */
  phone(code: string): PhoneLink & { id: string; drop(): void; back(): void } {
    const id = `phone-${++this.next}`;
    let status: PhoneStatus = 'connecting';
    const statusListeners = new Set<(s: PhoneStatus) => void>();
    const viewListeners = new Set<(v: PhoneView) => void>();
    const set = (s: PhoneStatus): void => {
      status = s;
      for (const l of statusListeners) l(s);
    };
    const connect = (): void => {
      if (code !== this.code) return set('not-found');
      this.phones.set(id, {
        status: set,
        view: (v) => {
          for (const l of viewListeners) l(v);
        },
      });
      set('live');
      if (this.view) for (const l of viewListeners) l(this.view);
      this.changed();
    };
    queueMicrotask(connect);
    return {
      id,
      onStatus: (l) => {
        statusListeners.add(l);
        l(status);
        return () => statusListeners.delete(l);
      },
      onView: (l) => {
        viewListeners.add(l);
        if (this.view && status === 'live') l(this.view);
        return () => viewListeners.delete(l);
      },
      vote: async (ballot) => {
        await Promise.resolve();
        if (status !== 'live') throw new Error('the connection is lost');
        const view = this.view;
        if (view?.kind !== 'open' || view.question.key !== ballot.key)
          throw new Error('the votes on this decision are closed');
        this.ballots.set(id, ballot);
        this.changed();
      },
      close: () => {
        this.phones.delete(id);
        this.changed();
      },
      drop: () => {
        this.phones.delete(id);
        set('lost');
        this.changed();
      },
      back: connect,
    };
  }

  tallies(): PhoneTallies {
    const keys = new Set([...this.ballots.values()].map((b) => b.key));
    const options = this.view && 'question' in this.view ? this.view.question.options.length : 0;
    return {
      tallies: [...keys].map((key) => ({ key, counts: countBallots(this.ballots, key, options) })),
      joined: this.phones.size,
    };
  }

  private changed(): void {
    const t = this.tallies();
    for (const l of this.watchers) l(t);
  }
}
