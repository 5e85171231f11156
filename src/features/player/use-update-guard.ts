import { useEffect } from 'react';
import type { SessionState } from '@/domain/session/state-at';
import { isUpdateTime } from '@/domain/session/update-timing';
import { now as clockNow } from '@/platform/clock';
import { setUpdateGuard } from '@/platform/update-guard';
import type { SessionRepo } from '@/storage/session-repo';

/**
 * Holds a waiting new version back while a step runs, and stores the whole session before an
 * accepted update reloads the page: every event, and a last heartbeat so the reopened session
 * picks up with exactly the time it had (see eventsOnReopen).
 */
export function useUpdateGuard(
  sessionId: string,
  state: Pick<SessionState, 'status'>,
  repo: SessionRepo,
  flush: () => Promise<void>,
): void {
  const isBusy = !isUpdateTime(state);
  useEffect(() => {
    setUpdateGuard({
      isBusy,
      prepare: async () => {
        await flush();
        await repo.markSeen(sessionId, clockNow());
      },
    });
  }, [isBusy, sessionId, repo, flush]);
  useEffect(() => () => setUpdateGuard(null), []);
}
