/** The current instant. Use cases ask it; the domain never reads the clock itself. */
export interface Clock {
  now(): Date;
}
