import type { Customer, CustomerRepository } from '../../ports/customer-repository.js';
import { type InMemoryTables, requireRow } from './in-memory-tables.js';

/** A brand's customers in memory, unique per brand and phone. */
export class InMemoryCustomerRepository implements CustomerRepository {
  constructor(private readonly tables: InMemoryTables) {}

  async findByPhone(brandId: string, phone: string): Promise<Customer | null> {
    return [...this.tables.customers.values()].find((c) => c.brandId === brandId && c.phone === phone) ?? null;
  }

  async findById(brandId: string, customerId: string): Promise<Customer | null> {
    const customer = this.tables.customers.get(customerId);
    return customer && customer.brandId === brandId ? customer : null;
  }

  async addOrGet(customer: Customer): Promise<Customer> {
    const existing = await this.findByPhone(customer.brandId, customer.phone);
    if (existing) return existing;
    requireRow(this.tables.brands.has(customer.brandId), `brand ${customer.brandId}`);
    if (this.tables.customers.has(customer.id)) throw new Error(`customer ${customer.id} already exists`);
    const stored = { ...customer };
    this.tables.customers.set(customer.id, stored);
    return stored;
  }
}
