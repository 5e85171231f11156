import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayHaveStoredData } from './stored-data';

const withDatabases = (databases: (() => Promise<IDBDatabaseInfo[]>) | undefined) =>
  vi.stubGlobal('indexedDB', databases ? { databases } : {});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('mayHaveStoredData', () => {
  it('is false only when the browser lists its databases and ours is not among them', async () => {
    withDatabases(() => Promise.resolve([{ name: 'other', version: 1 }]));
    expect(await mayHaveStoredData()).toBe(false);
  });

  it('is true when our database is listed', async () => {
    withDatabases(() => Promise.resolve([{ name: 'kneewise', version: 4 }]));
    expect(await mayHaveStoredData()).toBe(true);
  });

  it('assumes data when the browser cannot list databases, or the listing fails', async () => {
    withDatabases(undefined);
    expect(await mayHaveStoredData()).toBe(true);
    withDatabases(() => Promise.reject(new Error('blocked')));
    expect(await mayHaveStoredData()).toBe(true);
  });
});
