import { notFound } from '../../platform/errors';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import { draftDuties, occupation, searchTitles } from './onet.catalog';
import {
  occupationDetail,
  occupationParams,
  titleSearchQuery,
  titleSearchResult,
} from '@onestop/contracts';

const url = `${API_PREFIX}/occupations`;
const tags = ['Occupations'];
/** Draft duties shown with an occupation (SEEK-7). */
const DETAIL_TASKS = 8;

// Public: O*NET is public information, and the self-registration pages need it before sign-in.
export const onetRoutes = [
  defineRoute({
    method: 'GET',
    url: `${url}/titles`,
    permission: 'public',
    summary: 'Job-title autocomplete over O*NET occupation, alternate and short titles',
    tags,
    query: titleSearchQuery,
    response: titleSearchResult,
    handler: async (_ctx, { query }) => ({ items: searchTitles(query.q, query.limit) }),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/:code`,
    permission: 'public',
    summary: 'One O*NET occupation with its job zone and draft duties (task statements)',
    tags,
    params: occupationParams,
    response: occupationDetail,
    async handler(_ctx, { params }) {
      const found = occupation(params.code);
      if (!found) throw notFound('occupation');
      return { ...found, tasks: draftDuties(params.code, DETAIL_TASKS) };
    },
  }),
];
