/** Each routine's card as written (no user choices): tiny, so home's first paint imports it. */
import { routineCards } from 'virtual:kneewise/routine-cards';

export { routineCards };
