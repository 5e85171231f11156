// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { dismissStorageAlert, reportStorageAlert, type StorageAlert } from '@/storage/storage-alerts';
import { StorageBanner } from './storage-banner';

const show = (isPlayer = false) =>
  render(
    <MemoryRouter>
      <StorageBanner isPlayer={isPlayer} />
    </MemoryRouter>,
  );

afterEach(() => {
  cleanup();
  act(dismissStorageAlert);
});

describe('StorageBanner', () => {
  it('shows nothing while storage is fine', () => {
    show();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each<[StorageAlert, RegExp, string]>([
    ['quota', /storage is full.*Free some space.*Download a backup now/, 'Download a backup'],
    ['unavailable', /isn’t letting Kneewise save.*normal window/, 'Dismiss'],
    ['blocked', /open in another tab.*Close the other Kneewise tabs/, 'Dismiss'],
    ['upgraded', /updated in another tab — reload this one/, 'Reload'],
  ])('%s: says what happened and what to do', (alert, words, action) => {
    show();
    act(() => reportStorageAlert(alert));
    expect(screen.getByRole('alert').textContent).toMatch(words);
    expect(screen.getByRole(action === 'Download a backup' ? 'link' : 'button', { name: action })).toBeTruthy();
  });

  it('Dismiss hides it until the next trouble', () => {
    show();
    act(() => reportStorageAlert('blocked'));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => reportStorageAlert('quota'));
    expect(screen.getByRole('alert').textContent).toContain('storage is full');
  });

  it('after an upgrade in another tab, later failures do not replace the reload message', () => {
    show();
    act(() => reportStorageAlert('upgraded'));
    act(() => reportStorageAlert('unavailable'));
    expect(screen.getByRole('alert').textContent).toContain('reload this one');
  });

  it('in the player, a full disk is left to the player’s own "not saved" banner; another tab’s upgrade is shown', () => {
    show(true);
    act(() => reportStorageAlert('quota'));
    expect(screen.queryByRole('alert')).toBeNull();
    act(dismissStorageAlert);
    act(() => reportStorageAlert('upgraded'));
    expect(screen.getByRole('alert').textContent).toContain('reload this one');
  });
});
