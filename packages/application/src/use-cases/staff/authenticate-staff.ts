import { type Result, err, ok } from '@los/domain';
import type { PasswordHasher } from '../../ports/security.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type StaffView, toStaffView } from './create-staff-user.js';

export type AuthenticateStaffError = { readonly code: 'INVALID_CREDENTIALS' };

/** A bcrypt hash of a random string, checked when the e-mail is unknown so both paths take the same time. */
const DUMMY_HASH = '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5c6wSzZq3c1xE6M2kJz8m3Qj8oE1e1u';

/** Signs a staff user in with e-mail and password. Unknown e-mail, wrong password and inactive user look alike. */
export class AuthenticateStaff {
  constructor(private readonly deps: { readonly repositories: Repositories; readonly passwords: PasswordHasher }) {}

  async execute(input: { readonly email: string; readonly password: string }): Promise<Result<StaffView, AuthenticateStaffError>> {
    const user = await this.deps.repositories.staff.findByEmail(input.email.trim().toLowerCase());
    const valid = await this.deps.passwords.verify(input.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid || !user.active) return err({ code: 'INVALID_CREDENTIALS' });
    return ok(toStaffView(user));
  }
}
