import { office } from '@onestop/contracts';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { localAreas, offices } from '../../db/schema';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';

export const officeRoutes = [
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/offices`,
    permission: 'authenticated',
    summary: 'Offices of the state, for pickers and filters',
    tags: ['Offices'],
    response: z.object({ items: z.array(office) }),
    async handler(ctx) {
      const rows = await ctx.db
        .select({ office: offices, areaName: localAreas.name })
        .from(offices)
        .leftJoin(localAreas, eq(localAreas.id, offices.localAreaId))
        .orderBy(asc(offices.name));
      return {
        items: rows.map(({ office: o, areaName }) => ({
          id: o.id,
          code: o.code,
          name: o.name,
          localAreaId: o.localAreaId,
          localAreaName: areaName,
          isCentralOffice: o.isCentralOffice,
          active: o.active,
        })),
      };
    },
  }),
];
