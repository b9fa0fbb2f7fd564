// The meeting frame: what every screen shows, worked out once from a session's snapshot.
import { describe, expect, it } from 'vitest';
import {
  castOf,
  failurePathAmong,
  meetingFrame,
  PlaySession,
  playChoices,
  speakerName,
  peopleOf,
  type SessionLine,
} from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { parseRubric } from '../../src/sim/index.ts';
import { compile } from '../helpers/ink.ts';

const line = (over: Partial<SessionLine>): SessionLine => ({
  number: 1,
  text: 'x',
  speaker: 'narrator',
  mood: 'open',
  problems: [],
  ...over,
});

const STORY = compile(`# title: The Frame
# buyer: Dana Ortiz, Head of Operations
# sponsor: Sam Lee, Board member
VAR phase = 1
Corridor. # scene: corridor # clock: 30
Hello. # speaker: sponsor
The office. # scene: office # clock: 25
I said hello. # speaker: seller
* [Take the offered chair #move: listen #path: exemplary #seat: offered #why: He offered it.]
  Thanks. # speaker: buyer
* [Take the head chair #move: status-play #path: zealot #seat: head]
  Hm. # speaker: buyer # mood: guarded
* [Ask about the budget #move: price #path: alpha]
  Not yet. # speaker: buyer
- Bye. # speaker: buyer # outcome: continuation
-> END
`);

const PAIR = peopleOf({ buyer: 'Dana Ortiz, Head of Operations', sponsor: 'Sam Lee, Board member' });
const castInput = (rubric: typeof defaultRubric, sponsorMeter: number) => ({
  rubric,
  people: PAIR,
  buyerMood: 'open' as const,
  sponsorMeter,
  phases: { buyer: 1 as const, sponsor: 1 as const },
  trusts: { buyer: 50, sponsor: 50 },
  addressed: null,
});

function toDecision(): PlaySession {
  const session = new PlaySession({ story: STORY, seed: 1 });
  playChoices(session, []);
  return session;
}

describe('the meeting frame', () => {
  it('names the seller "You" for the trainee and "The seller" for the room, and people by the card', () => {
    const people = peopleOf({ buyer: 'Dana Ortiz, Head of Operations', sponsor: 'Sam Lee' });
    expect(people.buyer).toEqual({ name: 'Dana Ortiz', role: 'Head of Operations', first: 'Dana' });
    expect(speakerName(people, 'seller', 'trainee')).toBe('You');
    expect(speakerName(people, 'seller', 'room')).toBe('The seller');
    expect(speakerName(people, 'sponsor', 'room')).toBe('Sam Lee');
    expect(speakerName(people, 'narrator', 'trainee')).toBe('');
    expect(peopleOf({}).buyer.name).toBe('The buyer');
  });

  it('at a decision: options with letters and keys, seats, the failing seller’s choice, the room', () => {
    const session = toDecision();
    const trainee = session.frame({ viewer: 'trainee' });
    expect(trainee.decision).toBe(1);
    expect(trainee.options.map((o) => [o.letter, o.key, o.text])).toEqual([
      ['A', 1, 'Take the offered chair'],
      ['B', 2, 'Take the head chair'],
      ['C', 3, 'Ask about the budget'],
    ]);
    expect(trainee.seats).toEqual([
      { index: 0, seat: 'offered', key: 1 },
      { index: 1, seat: 'head', key: 2 },
    ]);
    // Failure paths in name order: "alpha" before "zealot", whatever the story calls them.
    expect(trainee.failurePath).toBe('alpha');
    expect(trainee.failing).toEqual({ path: 'alpha', index: 2 });
    expect(session.frame({ viewer: 'room', failurePath: 'zealot' }).failing).toEqual({
      path: 'zealot',
      index: 1,
    });
    expect(trainee.line).toMatchObject({ text: 'I said hello.', who: 'You' });
    expect(session.frame({ viewer: 'room' }).line?.who).toBe('The seller');
    // A new scene emptied the room, and the buyer has not spoken in it yet.
    expect(trainee.cast).toEqual({
      scene: 'office',
      clock: 25,
      video: false,
      members: [
        {
          id: 'buyer',
          kind: 'buyer',
          name: 'Dana Ortiz',
          role: 'Head of Operations',
          first: 'Dana',
          phase: 1,
          trust: 50,
          mood: 'open',
        },
        {
          id: 'sponsor',
          kind: 'sponsor',
          name: 'Sam Lee',
          role: 'Board member',
          first: 'Sam',
          phase: 1,
          trust: 50,
          mood: 'open',
        },
      ],
      present: [],
      speaker: null,
      addressed: null,
    });
  });

  it('after a choice: no options, the coach’s verdict from the rubric, the line’s mood on stage', () => {
    const session = toDecision();
    session.choose(1);
    const f = session.frame({ viewer: 'trainee' });
    expect(f.options).toEqual([]);
    expect(f.seats).toEqual([]);
    expect(f.failing).toBeNull();
    expect(f.cast.members.find((m) => m.id === 'buyer')?.mood).toBe('guarded');
    expect(f.cast.speaker).toBe('buyer');
    expect(f.cast.addressed).toBe('buyer');
    expect(f.coach).toMatchObject({
      decision: 1,
      move: 'status-play',
      phase: 1,
      timing: 'neutral',
      view: 'bad',
    });
    expect(f.coach?.why).toBe(defaultRubric.moves['status-play']?.why);
  });

  it('takes the sponsor’s mood thresholds from the rubric', () => {
    const lines = [line({ speaker: 'sponsor' })];
    const faces = (rubric: typeof defaultRubric) =>
      [5, 4, 3, 2, 1, 0].map(
        (meter) => castOf(lines, castInput(rubric, meter)).members.find((m) => m.id === 'sponsor')?.mood,
      );
    expect(faces(defaultRubric)).toEqual([
      'engaged',
      'engaged',
      'open',
      'guarded',
      'frustrated',
      'frustrated',
    ]);
    const strict = parseRubric({
      ...defaultRubric,
      sponsor: { ...defaultRubric.sponsor, moods: { engaged: 5, open: 4, guarded: 3 } },
    });
    expect(faces(strict)).toEqual(['engaged', 'open', 'guarded', 'frustrated', 'frustrated', 'frustrated']);
  });

  it('empties the room on a scene change; people enter when they speak', () => {
    const cast = castOf(
      [
        line({ scene: 'corridor' }),
        line({ speaker: 'sponsor' }),
        line({ scene: 'office', clock: 25 }),
        line({ speaker: 'buyer' }),
      ],
      castInput(defaultRubric, 3),
    );
    expect(cast).toMatchObject({ scene: 'office', clock: 25, present: ['buyer'] });
  });

  it('is a pure function of the snapshot', () => {
    const session = toDecision();
    const snapshot = session.snapshot();
    const options = { viewer: 'room' as const, rubric: defaultRubric };
    expect(meetingFrame(snapshot, options)).toEqual(meetingFrame(structuredClone(snapshot), options));
    expect(failurePathAmong(snapshot.choices)).toBe('alpha');
  });
});

describe('the session’s events', () => {
  it('sets its state before it emits a line, and says when a replay has finished', () => {
    const session = new PlaySession({ story: STORY, seed: 1 });
    const seen: string[] = [];
    session.on('line', ({ line: l }) => seen.push(`${l.text}:${session.state}`));
    playChoices(session, [0]);
    expect(seen).toContain('Hello.:waiting-for-continue');
    expect(seen).toContain('I said hello.:waiting-for-choice');
    expect(seen.at(-1)).toBe('Bye.:ended');

    const again = new PlaySession({ story: STORY, seed: 1 });
    const events: string[] = [];
    again.on('ended', () => events.push(`ended replaying=${again.replaying}`));
    again.on('replayed', (r) => events.push(`replayed ${r.matchedChoices} ${r.complete}`));
    again.replay(session.log);
    expect(events).toEqual(['ended replaying=true', 'replayed 1 true']);
    expect(again.replaying).toBe(false);
  });
});
