// A StageView that can be used before Phaser has arrived: calls queue up and replay, in order, once the
// real stage is ready. The dialogue starts at once; the room appears as soon as it can. If the stage fails
// to load, the meeting still plays in the panel alone.
import type { StageView } from '../../game/stage-types.ts';

type Call = (stage: StageView) => void;

export function stageWhenReady(ready: Promise<StageView>): StageView {
  let real: StageView | null = null;
  let failed = false;
  const queue: Call[] = [];
  const waiters: (() => void)[] = [];
  void ready.then(
    (stage) => {
      real = stage;
      for (const call of queue.splice(0)) call(stage);
      for (const resolve of waiters.splice(0)) void stage.drawn().then(resolve);
    },
    (error: unknown) => {
      failed = true;
      queue.length = 0;
      console.warn('The stage could not start; the meeting continues in the panel.', error);
      for (const resolve of waiters.splice(0)) resolve();
    },
  );
  const call = (fn: Call): void => {
    if (real) fn(real);
    else if (!failed) queue.push(fn);
  };
  return {
    get renderer() {
      return real?.renderer ?? 'canvas';
    },
    reset: (members) => call((s) => s.reset(members)),
    setScene: (name, video) => call((s) => s.setScene(name, video)),
    setPresent: (ids, buyerSeat) => call((s) => s.setPresent(ids, buyerSeat)),
    setFace: (id, mood, reaction) => call((s) => s.setFace(id, mood, reaction)),
    setSpeaker: (id) => call((s) => s.setSpeaker(id)),
    setClock: (minutes) => call((s) => s.setClock(minutes)),
    showSeats: (seats, onPick) => call((s) => s.showSeats(seats, onPick)),
    clearSeats: () => call((s) => s.clearSeats()),
    setReducedMotion: (reduced) => call((s) => s.setReducedMotion(reduced)),
    drawn: () => {
      if (real) return real.drawn();
      if (failed) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    isIdle: () => real?.isIdle() ?? true,
    resize: () => call((s) => s.resize()),
  };
}
