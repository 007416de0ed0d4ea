import type { AccessLevel, ModuleKey } from '@onestop/contracts';
import { can } from './permissions';
import { useSession } from './session-context';

export function useCan(module: ModuleKey, needed: AccessLevel): boolean {
  return can(useSession(), module, needed);
}
