/** Which of an applicant's identifiers a fraud blocklist holds; undefined when the identifier was not given. */
export interface BlocklistHits {
  readonly pan?: boolean;
  readonly phone: boolean;
}

/** A brand's (or a shared) fraud blocklist. */
export interface Blocklist {
  check(request: { readonly brandId: string; readonly phone: string; readonly pan?: string }): Promise<BlocklistHits>;
}
