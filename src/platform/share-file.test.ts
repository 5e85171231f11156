// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareOrDownload } from './share-file';

const file = new File(['{}'], 'kneewise-backup-2025-03-04.json', { type: 'application/json' });
const phone = (share: () => Promise<void>) => {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)' }));
  Object.assign(navigator, { canShare: () => true, share });
};

afterEach(() => {
  vi.unstubAllGlobals();
  Object.assign(navigator, { canShare: undefined, share: undefined });
});

describe('shareOrDownload', () => {
  it('downloads through an object URL where files cannot be shared', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('kneewise-backup-2025-03-04.json');
      expect(this.href).toBe('blob:backup');
    });
    expect(await shareOrDownload(file)).toBe('downloaded');
    expect(click).toHaveBeenCalledOnce();
    expect(document.querySelector('a')).toBeNull();
  });

  it('shares on a phone, and reports a cancelled share sheet', async () => {
    const share = vi.fn(() => Promise.resolve());
    phone(share);
    expect(await shareOrDownload(file)).toBe('shared');
    expect(share).toHaveBeenCalledWith({ files: [file], title: file.name });
    phone(() => Promise.reject(new DOMException('cancelled', 'AbortError')));
    expect(await shareOrDownload(file)).toBe('cancelled');
  });

  it('falls back to a download when the share is not allowed (the tap was too long ago)', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    phone(() => Promise.reject(new DOMException('no activation', 'NotAllowedError')));
    expect(await shareOrDownload(file)).toBe('downloaded');
  });
});
