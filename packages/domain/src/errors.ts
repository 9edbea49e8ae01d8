/**
 * Thrown when code asks the domain to break one of its invariants (disbursing an unsanctioned loan,
 * adding money in two currencies). It signals a bug or a race in the caller, not a user's mistake.
 */
export class DomainInvariantError extends Error {
  override readonly name = 'DomainInvariantError';
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}
