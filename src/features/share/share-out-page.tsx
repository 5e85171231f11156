import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { planFacts } from '@/content/routine-catalog';
import { encodeShareFragment, sharedFromOwn } from '@/domain/share/share-link';
import { useDocumentTitle } from '@/platform/use-document-title';
import { resolveRoutine, type ResolvedRoutine } from '@/storage/routine-resolver';
import { RoutineGate } from '@/ui/routine-gate';
import { ShareLinkPanel } from './share-link-panel';

const hasExercise = (id: string) => planFacts[id] !== undefined;

/** A built-in routine travels as its id; an own one as its whole content (the other phone has no copy of it). */
function fragmentOf(resolved: ResolvedRoutine) {
  return encodeShareFragment(
    resolved.isOwn ? sharedFromOwn(resolved.record, hasExercise) : { kind: 'builtin', routineId: resolved.routine.id },
  );
}

/** Route `/routines/:routineId/share`: the routine as a link (nothing leaves the phone until you send it) and a QR code. */
export function ShareOutPage() {
  const { routineId = '' } = useParams();
  const resolved = useLiveQuery(async () => (await resolveRoutine(routineId)) ?? null, [routineId], 'loading' as const);
  const name = resolved === 'loading' ? null : (resolved?.routine.name ?? null);
  useDocumentTitle(resolved === 'loading' ? 'Share' : name ? `Share ${name}` : 'Routine not found');
  return (
    <RoutineGate routineId={routineId} resolved={resolved}>
      {(r) => <ShareOut resolved={r} />}
    </RoutineGate>
  );
}

function ShareOut({ resolved }: { resolved: ResolvedRoutine }) {
  const made = fragmentOf(resolved);
  const { routine } = resolved;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/routines/${routine.id}`}>← {routine.name}</Link>
      </p>
      <h1>Share {routine.name}</h1>
      {made.ok ? (
        <ShareLinkPanel link={`${window.location.origin}/share#${made.fragment}`} routineName={routine.name} />
      ) : (
        <p role="alert" className="callout callout-caution">
          {made.message} <Link to={`/routines/${routine.id}/edit`}>Edit the routine</Link>
        </p>
      )}
    </div>
  );
}
