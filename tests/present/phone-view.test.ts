// What a phone is shown, from the view the relay writes for phones: the question and lettered options at an
// open decision, closed after the reveal, waiting between decisions and in a blackout, ended at the end.
import { describe, expect, it } from 'vitest';
import { phoneViewFromRelay } from '../../src/present/phone/relay-phone-link.ts';
import type { PhoneView } from '../../src/room/messages.ts';

const decision = {
  key: '1:a|b',
  number: 1,
  options: [
    { letter: 'A', text: 'Go over her head' },
    { letter: 'B', text: 'Ask what she needs' },
  ],
  revealed: false,
  votes: null,
};
const base: PhoneView = {
  title: 'Hot Referral',
  screen: 'meeting',
  blackout: false,
  decision,
  line: { who: 'Dana', text: 'So what would you do next?' },
  ended: false,
};

describe('the phone page’s view of the room', () => {
  it('shows the setup line and the lettered options while the room votes, and closes on the reveal', () => {
    expect(phoneViewFromRelay(base)).toEqual({
      kind: 'open',
      title: 'Hot Referral',
      question: {
        key: '1:a|b',
        number: 1,
        setup: { who: 'Dana', text: 'So what would you do next?' },
        options: [
          { letter: 'A', text: 'Go over her head' },
          { letter: 'B', text: 'Ask what she needs' },
        ],
      },
    });
    const revealed = { ...base, decision: { ...decision, revealed: true, votes: [1, 4] } };
    expect(phoneViewFromRelay(revealed).kind).toBe('closed');
    expect(JSON.stringify(phoneViewFromRelay(revealed))).not.toContain('votes');
  });

  it('waits between decisions, on the title slide and in a blackout; says when the meeting ended', () => {
    expect(phoneViewFromRelay({ ...base, decision: null, line: null }).kind).toBe('waiting');
    expect(phoneViewFromRelay({ ...base, screen: 'intro' }).kind).toBe('waiting');
    expect(phoneViewFromRelay({ ...base, blackout: true }).kind).toBe('waiting');
    expect(phoneViewFromRelay({ ...base, decision: null, ended: true }).kind).toBe('ended');
    expect(phoneViewFromRelay({ ...base, screen: 'debrief' }).kind).toBe('ended');
  });
});
