// The one record of which screen the app shows. Every screen change goes through `enter`, which disposes
// the meeting being left; work that finishes after the trainee has moved on (a meeting that was still
// loading) sees a stale ticket and is disposed at once instead of drawing over the new screen.
import type { Route } from './route.ts';

export type MeetingRoute = Extract<Route, { screen: 'play' | 'watch' }>;

export type Screen =
  | { name: 'starting' }
  | { name: 'title' }
  | { name: 'meeting'; route: MeetingRoute }
  | { name: 'not-found'; reason: string }
  | { name: 'error'; message: string };

export interface ScreenTicket {
  readonly screen: Screen;
  /** True while no other screen has been entered since this ticket was issued. */
  readonly current: boolean;
  /** Hands the screen's cleanup to the state: run when the next screen is entered (at once if stale). */
  own(dispose: () => void): void;
}

export interface ScreenState {
  readonly screen: Screen;
  enter(screen: Screen): ScreenTicket;
}

export function createScreenState(): ScreenState {
  let screen: Screen = { name: 'starting' };
  let generation = 0;
  let dispose: (() => void) | null = null;
  return {
    get screen() {
      return screen;
    },
    enter(next) {
      const leave = dispose;
      dispose = null;
      leave?.();
      screen = next;
      const mine = ++generation;
      return {
        screen: next,
        get current() {
          return mine === generation;
        },
        own(cleanup) {
          if (mine !== generation) cleanup();
          else {
            const before = dispose;
            dispose = () => {
              before?.();
              cleanup();
            };
          }
        },
      };
    },
  };
}
