import type { Actor } from '../../platform/authz/actor';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { listActivities, listNotes } from './employer-activities.queries';
import { listContacts, listLocations } from './employer-contacts.queries';
import { findEmployer, loadOwners, requireEmployerDetail } from './employers.queries';
import { requireTab } from './employers.policy';
import { loadDuplicatePlan } from './plan-duplicates';

/** Reads of one employer's pages: the record first (SEC-4 scope, else 404), then the tab (SEC-3). */
async function reachable(ctx: RequestContext, id: string): Promise<Actor> {
  const actor = ctx.requireActor();
  if (!(await findEmployer(ctx.db, actor, id))) throw notFound('employer');
  return actor;
}

export const readEmployer = (ctx: RequestContext, id: string) =>
  requireEmployerDetail(ctx.db, ctx.requireActor(), id);

export async function readContacts(ctx: RequestContext, id: string) {
  requireTab(await reachable(ctx, id), 'employers.contacts');
  return listContacts(ctx.db, id);
}

export async function readLocations(ctx: RequestContext, id: string) {
  requireTab(await reachable(ctx, id), 'employers.contacts');
  return { items: await listLocations(ctx.db, id) };
}

export async function readActivities(
  ctx: RequestContext,
  id: string,
  page: { page: number; pageSize: number },
) {
  requireTab(await reachable(ctx, id), 'employers.activities');
  return listActivities(ctx.db, id, page);
}

export async function readNotes(
  ctx: RequestContext,
  id: string,
  page: { page: number; pageSize: number },
) {
  requireTab(await reachable(ctx, id), 'employers.activities');
  return listNotes(ctx.db, id, page);
}

export async function readOwners(ctx: RequestContext, id: string) {
  await reachable(ctx, id);
  return { items: await loadOwners(ctx.db, id) };
}

/** EMP-3: what resolving these duplicates would do, for staff to confirm. Changes nothing. */
export async function planDuplicates(ctx: RequestContext, ids: string[]) {
  return (await loadDuplicatePlan(ctx.db, ctx.requireActor(), ids, false)).view;
}
