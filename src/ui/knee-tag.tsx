import type { KneeLoad } from '@/content/catalog-types';

const TEXT: Record<KneeLoad, string> = {
  low: 'Knee-friendly',
  moderate: 'Knee works — watch form',
  caution: 'Can strain the inner knee',
};

export function KneeTag({ load }: { load: KneeLoad }) {
  const tone = load === 'low' ? 'tag-ok' : load === 'caution' ? 'tag-caution' : '';
  return <span className={`tag ${tone}`}>{TEXT[load]}</span>;
}
