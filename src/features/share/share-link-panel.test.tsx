// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareLinkPanel } from './share-link-panel';

const toString = vi.fn<(link: string) => Promise<string>>();
vi.mock('qrcode', () => ({ toString: (link: string) => toString(link) }));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ShareLinkPanel', () => {
  it('draws the QR code of the link', async () => {
    toString.mockResolvedValue('<svg></svg>');
    render(<ShareLinkPanel link="https://kneewise.test/share#x" routineName="My morning" />);
    expect(await screen.findByRole('img', { name: 'QR code of the link to My morning' })).toBeTruthy();
    expect(toString).toHaveBeenCalledWith('https://kneewise.test/share#x');
  });

  it('says so when the QR code cannot be drawn, and keeps the link to copy', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    toString.mockRejectedValue(new Error('too long'));
    render(<ShareLinkPanel link="https://kneewise.test/share#x" routineName="My morning" />);
    expect(await screen.findByText(/The QR code couldn’t be drawn here/)).toBeTruthy();
    expect(screen.queryByText('Making the QR code…')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Link').value).toBe('https://kneewise.test/share#x');
    expect(log).toHaveBeenCalledOnce();
  });
});
