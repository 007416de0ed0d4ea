import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  RETIRED_AUDIT_ACTIONS,
  type AuditAction,
  type AuditEntityType,
  type RetiredAuditAction,
} from '@onestop/contracts';

/**
 * SEC-9: every action the server writes (the contract's list, which its audit writer is typed
 * with), then those older versions wrote. Each has a label in `auditActions` (a test checks
 * English and Spanish); an unknown code still shows as itself.
 */
export const KNOWN_ACTIONS = [...AUDIT_ACTIONS, ...RETIRED_AUDIT_ACTIONS] as const;
export type KnownAction = AuditAction | RetiredAuditAction;

export const KNOWN_ENTITY_TYPES = AUDIT_ENTITY_TYPES;
export type KnownEntityType = AuditEntityType;

export function isKnownAction(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}

export function isKnownEntityType(type: string): type is KnownEntityType {
  return (KNOWN_ENTITY_TYPES as readonly string[]).includes(type);
}

/** The server's placeholder for values it will not show (passwords, tokens). */
export const REDACTED = '[redacted]';
