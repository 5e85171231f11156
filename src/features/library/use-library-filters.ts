import { useCallback, useMemo, useState } from 'react';
import { NavigationType, useLocation, useNavigationType, useSearchParams } from 'react-router';
import type { BodyArea, Equipment, ExerciseKind } from '@/content/catalog-types';
import { BODY_AREA_LABELS, EQUIPMENT_LABELS, KIND_LABELS } from '@/ui/format';
import type { LibraryFilters } from './filter-exercises';

const pick = <T extends string>(value: string | null, allowed: Record<T, string>): T | null =>
  value !== null && value in allowed ? (value as T) : null;

/**
 * Filters live in the URL (?q=&kind=&equipment=&area=&knee=1): shareable, and Back undoes them.
 * The search text is also kept in local state: typing must never wait for a navigation, or fast
 * keystrokes are lost. Back/Forward (POP) bring the URL's text back into the box.
 */
export function useLibraryFilters(): [LibraryFilters, (next: Partial<LibraryFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const urlQuery = params.get('q') ?? '';
  const [query, setQuery] = useState(urlQuery);
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (navigationType === NavigationType.Pop) setQuery(urlQuery);
  }

  const filters = useMemo<LibraryFilters>(
    () => ({
      query,
      kind: pick<ExerciseKind>(params.get('kind'), KIND_LABELS),
      equipment: pick<Equipment>(params.get('equipment'), EQUIPMENT_LABELS),
      area: pick<BodyArea>(params.get('area'), BODY_AREA_LABELS),
      isKneeFriendlyOnly: params.get('knee') === '1',
    }),
    [params, query],
  );
  const update = useCallback(
    (next: Partial<LibraryFilters>) => {
      const f = { ...filters, ...next };
      if (next.query !== undefined) setQuery(next.query);
      const out = new URLSearchParams();
      if (f.query) out.set('q', f.query);
      if (f.kind) out.set('kind', f.kind);
      if (f.equipment) out.set('equipment', f.equipment);
      if (f.area) out.set('area', f.area);
      if (f.isKneeFriendlyOnly) out.set('knee', '1');
      // Typing replaces the history entry; a filter tap is a step Back can undo.
      const isTyping = Object.keys(next).length === 1 && next.query !== undefined;
      setParams(out, { replace: isTyping, preventScrollReset: true });
    },
    [filters, setParams],
  );
  return [filters, update];
}
