import { useEffect, useState, type RefObject } from 'react';

export interface ScrollHint {
  /** Chips are hidden to the left (scrolled along). */
  isMoreBefore: boolean;
  /** Chips are hidden to the right: the row fades out there to say it scrolls. */
  isMoreAfter: boolean;
}

/** 1 px of slack: zoomed layouts report fractional scroll positions. */
const SLACK = 1;

/** Which ends of a horizontally scrolling row have more to show; follows scrolling and resizing. */
export function useScrollHint(ref: RefObject<HTMLElement | null>): ScrollHint {
  const [hint, setHint] = useState<ScrollHint>({ isMoreBefore: false, isMoreAfter: false });
  useEffect(() => {
    const row = ref.current;
    if (!row) return;
    const update = () => {
      const isMoreBefore = row.scrollLeft > SLACK;
      const isMoreAfter = row.scrollLeft + row.clientWidth < row.scrollWidth - SLACK;
      setHint((h) => (h.isMoreBefore === isMoreBefore && h.isMoreAfter === isMoreAfter ? h : { isMoreBefore, isMoreAfter }));
    };
    update();
    row.addEventListener('scroll', update, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resize?.observe(row);
    return () => {
      row.removeEventListener('scroll', update);
      resize?.disconnect();
    };
  }, [ref]);
  return hint;
}
