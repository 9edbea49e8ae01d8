/** New unique ids (UUIDs in production, sequential in tests). */
export interface IdGenerator {
  next(): string;
}
