import bcrypt from 'bcryptjs';
import type { PasswordHasher } from '@los/application';

/** bcrypt password hashes; cost 12 by default (shared/DESIGN.md §4). */
export class BcryptPasswordHasher implements PasswordHasher {
  constructor(private readonly cost: number = 12) {
    if (!Number.isInteger(cost) || cost < 4 || cost > 15) throw new RangeError('bcrypt cost must be between 4 and 15');
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.cost);
  }

  verify(password: string, hash: string): Promise<boolean> {
    return bcrypt.compare(password, hash);
  }
}
