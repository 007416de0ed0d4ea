/** Pure rules about staff accounts (SEC-6). */

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Administrators cannot lock themselves out by deactivating their own account. */
export function canDeactivate(actorStaffId: string, targetStaffId: string): boolean {
  return actorStaffId !== targetStaffId;
}

export function uniqueSorted<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort();
}
