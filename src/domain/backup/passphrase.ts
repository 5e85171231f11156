/**
 * What a backup passphrase must be before a file is locked with it. Length is what makes a
 * passphrase hard to guess (NIST SP 800-63B), so there are no rules about symbols or case; the two
 * entries must match because a typo here locks the data away for good.
 */
export const MIN_PASSPHRASE_LENGTH = 8;

export type PassphraseProblem = { field: 'first' | 'second'; text: string } | null;

/** Counts characters as people see them (an emoji is one), not UTF-16 units. */
const lengthOf = (text: string) => Array.from(text).length;

export function passphraseProblem(first: string, second: string): PassphraseProblem {
  if (first.length === 0) return { field: 'first', text: 'Enter a passphrase, or untick “Protect with a passphrase”.' };
  if (first.trim().length === 0) return { field: 'first', text: 'A passphrase of only spaces is too easy to guess.' };
  if (lengthOf(first) < MIN_PASSPHRASE_LENGTH)
    return { field: 'first', text: `Use at least ${MIN_PASSPHRASE_LENGTH} characters — a few words together are easiest to remember.` };
  if (second.length === 0) return { field: 'second', text: 'Enter the passphrase a second time.' };
  if (first !== second) return { field: 'second', text: 'The two passphrases are not the same. Type the second one again.' };
  return null;
}
