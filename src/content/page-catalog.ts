import { pages } from 'virtual:kneewise/pages';
import type { Page } from './catalog-types';

export function findPage(id: string): Page | undefined {
  return pages.find((p) => p.id === id);
}
