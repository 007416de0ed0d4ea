import type { FastifyBaseLogger } from 'fastify';
import { AuditWriter } from './audit/audit';
import type { Actor, EmployerActor, Principal, SeekerActor } from './authz/actor';
import type { Config } from './config';
import type { SsnVault } from './crypto/ssn-vault';
import type { Database, Db } from './db/database';
import { AppError } from './errors';

export class MissingAuditError extends Error {
  constructor() {
    super(
      'A write finished without an audit row (SEC-9): every mutate() must record what it changed.',
    );
  }
}

/**
 * Everything a use case may touch. Writes go through `mutate`, which opens the transaction and
 * refuses to commit one that recorded no audit row, so neither can be forgotten.
 */
export class RequestContext {
  constructor(
    readonly config: Config,
    private readonly database: Database,
    /** SEEK-3: the only way to seal, open or hash an SSN. */
    readonly vault: SsnVault,
    readonly requestId: string,
    /** Who is acting: a staff member, a job seeker, or nobody yet. */
    readonly principal: Principal | null,
    readonly log: FastifyBaseLogger,
  ) {}

  /** For reads. Writes through this handle are a review finding: use mutate(). */
  get db(): Db {
    return this.database.db;
  }

  /** The acting staff member, if a staff member is acting. */
  get actor(): Actor | null {
    return this.principal?.kind === 'staff' ? this.principal : null;
  }

  requireActor(): Actor {
    if (!this.actor) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    return this.actor;
  }

  requireSeeker(): SeekerActor {
    if (this.principal?.kind !== 'seeker')
      throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    return this.principal;
  }

  requireEmployer(): EmployerActor {
    if (this.principal?.kind !== 'employer')
      throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    return this.principal;
  }

  async mutate<T>(work: (tx: Db, audit: AuditWriter) => Promise<T>): Promise<T> {
    return this.database.db.transaction(async (tx) => {
      const audit = new AuditWriter(tx, {
        actorId: principalId(this.principal),
        actorKind: this.principal?.kind ?? 'anonymous',
        officeId: this.actor?.officeId ?? null,
        requestId: this.requestId,
      });
      const result = await work(tx, audit);
      if (audit.count === 0) throw new MissingAuditError();
      return result;
    });
  }

  withActor(actor: Principal | null): RequestContext {
    return new RequestContext(
      this.config,
      this.database,
      this.vault,
      this.requestId,
      actor,
      this.log,
    );
  }
}

function principalId(principal: Principal | null): string | null {
  if (!principal) return null;
  if (principal.kind === 'staff') return principal.staffId;
  if (principal.kind === 'seeker') return principal.seekerId;
  return principal.userId;
}
