import type { Blocklist, BlocklistHits } from '@los/application';

/**
 * A fraud blocklist simulator. PANs beginning `BLK` (e.g. `BLKPE1234F`) and the phones given to the
 * constructor are listed; nothing else is.
 * @example
 * await new SandboxBlocklist({ phones: ['+919000000001'] }).check({ brandId, phone: '+919000000001' }); // { phone: true }
 */
export class SandboxBlocklist implements Blocklist {
  private readonly phones: ReadonlySet<string>;

  constructor(options: { readonly phones?: readonly string[] } = {}) {
    this.phones = new Set(options.phones ?? []);
  }

  async check(request: { readonly brandId: string; readonly phone: string; readonly pan?: string }): Promise<BlocklistHits> {
    return {
      phone: this.phones.has(request.phone),
      ...(request.pan === undefined ? {} : { pan: request.pan.toUpperCase().startsWith('BLK') }),
    };
  }
}
