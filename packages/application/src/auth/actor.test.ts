import { describe, expect, it } from 'vitest';
import type { BrandRole } from '../ports/staff-repository.js';
import { type Actor, staffAccess } from './actor.js';

const staff = (roles: readonly BrandRole[], superAdmin = false): Actor => ({ kind: 'staff', userId: 'u', superAdmin, roles });

describe('staffAccess (roles × features, shared/DESIGN.md §9)', () => {
  it('lets a super admin do everything on any brand', () => {
    expect(staffAccess(staff([], true), 'b1', 'write-off')).toBe('allowed');
  });

  it('hides a brand from staff with no role on it', () => {
    expect(staffAccess(staff([{ brandId: 'b2', role: 'ADMIN' }]), 'b1', 'loan-list')).toBe('none');
  });

  it("gives a brand's ADMIN every feature of that brand", () => {
    for (const feature of ['loan-list', 'sanction-view', 'write-off', 'loan-ops', 'settings'] as const) {
      expect(staffAccess(staff([{ brandId: 'b1', role: 'ADMIN' }]), 'b1', feature)).toBe('allowed');
    }
  });

  it('follows the matrix for the other roles', () => {
    expect(staffAccess(staff([{ brandId: 'b1', role: 'LOAN_EXECUTIVE' }]), 'b1', 'loan-list')).toBe('allowed');
    expect(staffAccess(staff([{ brandId: 'b1', role: 'CREDIT_EXECUTIVE' }]), 'b1', 'credit-view')).toBe('allowed');
    expect(staffAccess(staff([{ brandId: 'b1', role: 'SANCTION_MANAGER' }]), 'b1', 'loan-list')).toBe('forbidden');
    expect(staffAccess(staff([{ brandId: 'b1', role: 'COLLECTION_EXECUTIVE' }]), 'b1', 'write-off')).toBe('forbidden');
    expect(staffAccess(staff([{ brandId: 'b1', role: 'COLLECTION_HEAD' }]), 'b1', 'write-off')).toBe('allowed');
    expect(staffAccess(staff([{ brandId: 'b1', role: 'COLLECTION_MANAGER' }]), 'b1', 'reports')).toBe('allowed');
    expect(staffAccess(staff([{ brandId: 'b1', role: 'LOAN_EXECUTIVE' }]), 'b1', 'loan-ops')).toBe('forbidden');
  });

  it('never gives customers staff features', () => {
    expect(staffAccess({ kind: 'customer', customerId: 'c', brandId: 'b1' }, 'b1', 'dashboard')).toBe('none');
  });
});
