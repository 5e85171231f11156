import { useCallback, useState } from 'react';
import { NavigationType, useLocation, useNavigationType, useSearchParams } from 'react-router';
import type { BodyArea, Equipment, ExerciseKind } from '@/content/catalog-types';
import { BODY_AREA_LABELS, EQUIPMENT_LABELS, KIND_LABELS } from '@/ui/format';
import type { LibraryFilters } from '@/ui/exercise-filters/filter-exercises';

const pick = <T extends string>(value: string | null, allowed: Record<T, string>): T | null =>
  value !== null && value in allowed ? (value as T) : null;

function fromParams(params: URLSearchParams): LibraryFilters {
  return {
    query: params.get('q') ?? '',
    kind: pick<ExerciseKind>(params.get('kind'), KIND_LABELS),
    equipment: pick<Equipment>(params.get('equipment'), EQUIPMENT_LABELS),
    area: pick<BodyArea>(params.get('area'), BODY_AREA_LABELS),
    isKneeFriendlyOnly: params.get('knee') === '1',
  };
}

function toParams(f: LibraryFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (f.query) out.set('q', f.query);
  if (f.kind) out.set('kind', f.kind);
  if (f.equipment) out.set('equipment', f.equipment);
  if (f.area) out.set('area', f.area);
  if (f.isKneeFriendlyOnly) out.set('knee', '1');
  return out;
}

/**
 * Filters live in the URL (?q=&kind=&equipment=&area=&knee=1): shareable, and Back undoes them.
 * The screen reads them from local state, which changes at once: a control bound to the URL would
 * snap back until the navigation lands (and fast keystrokes would be lost). Back/Forward (POP)
 * bring the URL's filters back into the state.
 */
export function useLibraryFilters(): [LibraryFilters, (next: Partial<LibraryFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const [filters, setFilters] = useState(() => fromParams(params));
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (navigationType === NavigationType.Pop) setFilters(fromParams(params));
  }

  const update = useCallback(
    (next: Partial<LibraryFilters>) => {
      const f = { ...filters, ...next };
      setFilters(f);
      // Typing replaces the history entry; a filter tap is a step Back can undo.
      const isTyping = Object.keys(next).length === 1 && next.query !== undefined;
      setParams(toParams(f), { replace: isTyping, preventScrollReset: true });
    },
    [filters, setParams],
  );
  return [filters, update];
}
