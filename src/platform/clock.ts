/** Time and ids come from here, so domain code can take them as arguments instead. */
export const now = (): number => Date.now();
export const newId = (): string => crypto.randomUUID();
