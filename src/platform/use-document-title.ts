import { useEffect } from 'react';

/** Each route names itself, so screen readers and the task switcher say where you are. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Kneewise`;
  }, [title]);
}
