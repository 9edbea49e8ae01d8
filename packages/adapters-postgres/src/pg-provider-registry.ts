import type { ProviderCapability, ProviderChoice, ProviderRegistry } from '@los/application';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';

/** The brands' provider registries in `brand_providers`, one row per provider in order. */
export class PgProviderRegistry implements ProviderRegistry {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async order(brandId: string, capability: ProviderCapability): Promise<readonly ProviderChoice[] | null> {
    const rows = await this.db
      .selectFrom('brand_providers')
      .select(['provider', 'active'])
      .where('brand_id', '=', brandId)
      .where('capability', '=', capability)
      .orderBy('position')
      .execute();
    return rows.length > 0 ? rows.map((r) => ({ name: r.provider, active: r.active })) : null;
  }

  async orders(brandId: string): Promise<Partial<Record<ProviderCapability, readonly ProviderChoice[]>>> {
    const rows = await this.db.selectFrom('brand_providers').select(['capability', 'provider', 'active']).where('brand_id', '=', brandId).orderBy('capability').orderBy('position').execute();
    const orders: Partial<Record<ProviderCapability, ProviderChoice[]>> = {};
    for (const r of rows) (orders[r.capability as ProviderCapability] ??= []).push({ name: r.provider, active: r.active });
    return orders;
  }

  async setOrder(brandId: string, capability: ProviderCapability, providers: readonly ProviderChoice[]): Promise<void> {
    // Replaced whole in one transaction, so a reader sees the old order or the new one, never a mix; the
    // brand's row lock queues two admins saving at once, so the later order wins instead of a key clash.
    await this.db.transaction().execute(async (trx) => {
      await trx.selectFrom('brands').select('id').where('id', '=', brandId).forUpdate().execute();
      await trx.deleteFrom('brand_providers').where('brand_id', '=', brandId).where('capability', '=', capability).execute();
      await trx
        .insertInto('brand_providers')
        .values(providers.map((p, position) => ({ brand_id: brandId, capability, position, provider: p.name, active: p.active })))
        .execute();
    });
  }
}
