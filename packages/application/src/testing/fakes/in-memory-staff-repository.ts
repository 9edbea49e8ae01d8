import type { StaffRepository, StaffUser } from '../../ports/staff-repository.js';
import { type InMemoryTables, requireRow } from './in-memory-tables.js';

/** Staff users in memory; e-mails are stored and matched lower-cased. */
export class InMemoryStaffRepository implements StaffRepository {
  constructor(private readonly tables: InMemoryTables) {}

  async add(user: StaffUser): Promise<boolean> {
    const email = user.email.toLowerCase();
    if ([...this.tables.staff.values()].some((u) => u.email === email)) return false;
    if (this.tables.staff.has(user.id)) throw new Error(`staff user ${user.id} already exists`);
    for (const role of user.roles) requireRow(this.tables.brands.has(role.brandId), `brand ${role.brandId}`);
    const roles = [...new Map(user.roles.map((r) => [`${r.brandId}|${r.role}`, { brandId: r.brandId, role: r.role }])).values()];
    this.tables.staff.set(user.id, { ...user, email, roles });
    return true;
  }

  async findByEmail(email: string): Promise<StaffUser | null> {
    const lower = email.toLowerCase();
    return [...this.tables.staff.values()].find((u) => u.email === lower) ?? null;
  }

  async findById(id: string): Promise<StaffUser | null> {
    return this.tables.staff.get(id) ?? null;
  }

  async listByBrand(brandId: string): Promise<StaffUser[]> {
    return [...this.tables.staff.values()]
      .filter((u) => u.roles.some((r) => r.brandId === brandId))
      .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  }
}
