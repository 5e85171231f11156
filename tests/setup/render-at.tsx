import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { getDb } from '@/storage/db';

/** Render a screen at `url` under its route `pattern`, as the app's router would. */
export function renderAt(url: string, pattern: string, element: ReactElement) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path={pattern} element={element} />
      </Routes>
    </MemoryRouter>,
  );
}

/** Unmount and empty every table of the (fake) IndexedDB: each test starts from nothing. */
export async function resetScreenAndDb(): Promise<void> {
  cleanup();
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
}
