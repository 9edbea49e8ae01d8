import type { WebhookSource } from './webhook-source.js';

/** A request to have one signer sign a PDF (the loan agreement). */
export interface SignatureRequest {
  readonly brandId: string;
  readonly loanId: string;
  readonly documentName: string;
  readonly pdf: Uint8Array;
  readonly signer: { readonly name: string; readonly phone: string; readonly email?: string };
  readonly expiresInDays: number;
}

/** Where a signature request stands. */
export type SignatureState = 'REQUESTED' | 'SIGNED' | 'DECLINED' | 'EXPIRED';

/** A signature request as the provider holds it. */
export interface SignatureStatus {
  readonly providerDocumentId: string;
  readonly state: SignatureState;
  /** Where the signer signs (while REQUESTED). */
  readonly signingUrl?: string;
}

/** Aadhaar e-sign and similar: request a signature on a PDF, poll it, and read its signed callbacks. */
export interface ESignProvider extends WebhookSource {
  requestSignature(request: SignatureRequest): Promise<SignatureStatus>;
  status(providerDocumentId: string): Promise<SignatureStatus>;
}
