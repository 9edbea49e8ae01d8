import type { Clock } from '../../ports/clock.js';

/** A clock that stands still until told to move: `set` jumps to an instant, `advance` moves it on. */
export class FixedClock implements Clock {
  private at: number;

  constructor(initial: Date | string = '2026-01-01T00:00:00.000Z') {
    this.at = new Date(initial).getTime();
  }

  now(): Date {
    return new Date(this.at);
  }

  set(at: Date | string): void {
    this.at = new Date(at).getTime();
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.at += ms;
  }
}
