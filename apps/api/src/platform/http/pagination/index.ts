export {
  listQuery,
  pageSchema,
  paginationShape,
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  type Page,
  type PageRequest,
} from './pagination.query.js';
export { keyset, type Keyset, type KeysetOrder, type Direction } from './keyset.js';
