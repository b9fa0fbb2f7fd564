// What the room's phones see and send, as the phone page works with it. A phone sees only the question and
// the lettered options of the current decision (never moves, effects, votes or paths) and sends only its
// own vote.

/** The decision a phone votes on: the setup line and the options, as the room sees them. */
export interface PhoneQuestion {
  /** The decision's key (src/present/room-path.ts `decisionKey`): a vote names the decision it is for. */
  key: string;
  /** 1-based decision number in this run. */
  number: number;
  /** The line the room is deciding on, with its speaker's name as the room hears it. */
  setup: { who: string; text: string } | null;
  options: { letter: string; text: string }[];
}

/**
 * What a phone shows. `open`: the room is voting on `question`. `closed`: the facilitator revealed the votes
 * (a phone's vote no longer changes). `waiting`: between decisions (or the projector is blacked out).
 * `ended`: the meeting is over.
 */
export type PhoneView =
  | { kind: 'waiting'; title: string }
  | { kind: 'open'; title: string; question: PhoneQuestion }
  | { kind: 'closed'; title: string; question: PhoneQuestion }
  | { kind: 'ended'; title: string };

/** One phone's vote: the option index it chose at a decision. */
export interface PhoneBallot {
  key: string;
  index: number;
}

/**
 * The phones' votes and head count: a whole snapshot each time (so a reopened projector catches up at
 * once). Each decision phones voted on has its counts per option, one per phone (a changed vote counts
 * once, for its latest option).
 */
export interface PhoneTallies {
  tallies: { key: string; counts: number[] }[];
  /** Phones connected to the room now. */
  joined: number;
}

/** The phone's link to the room. */
export type PhoneStatus = 'connecting' | 'live' | 'lost' | 'not-found';

/** The room as a phone reaches it (the relay's browser client, adapted in phone-link.ts). */
export interface PhoneLink {
  /** Calls back with every change of connection status. Returns the unsubscribe function. */
  onStatus(listener: (status: PhoneStatus) => void): () => void;
  /** Calls back with what the room shows phones, at once when known and on every change. */
  onView(listener: (view: PhoneView) => void): () => void;
  /**
   * Casts (or changes) this phone's vote at decision `key`. Resolves once the room has it; rejects with a
   * message a voter can read when it was refused (the votes are closed, the decision moved on).
   */
  vote(ballot: PhoneBallot): Promise<void>;
  close(): void;
}
