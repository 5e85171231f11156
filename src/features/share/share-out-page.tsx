import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { findRoutine } from '@/content/routine-catalog';
import { encodeShareFragment } from '@/domain/share/share-link';
import { useDocumentTitle } from '@/platform/use-document-title';

/** Route `/routines/:routineId/share`: the routine as a link (nothing leaves the phone until you send it) and a QR code. */
export function ShareOutPage() {
  const { routineId = '' } = useParams();
  const routine = findRoutine(routineId);
  useDocumentTitle(routine ? `Share ${routine.name}` : 'Routine not found');
  const made = routine ? encodeShareFragment({ kind: 'builtin', routineId: routine.id }) : null;
  const link = made?.ok ? `${window.location.origin}/share#${made.fragment}` : null;
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    if (!link) return;
    let isCancelled = false;
    // The QR library loads only here. As SVG markup, not a data: image: the CSP allows images from 'self' only.
    import('qrcode')
      .then((m) => m.toString(link, { type: 'svg', margin: 2, width: 280 }))
      .then((url) => {
        if (!isCancelled) setQr(url);
      })
      .catch(() => undefined);
    return () => {
      isCancelled = true;
    };
  }, [link]);
  if (!routine || !link) {
    return (
      <div className="page">
        <h1>Routine not found</h1>
        <Link to="/routines">See all routines</Link>
      </div>
    );
  }
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/routines/${routine.id}`}>← {routine.name}</Link>
      </p>
      <h1>Share {routine.name}</h1>
      <p>The routine is inside the link itself; no server sees it. Whoever opens it sees the exercises and doses and can add it.</p>
      <label htmlFor="share-link">Link</label>
      <input id="share-link" className="text-input" readOnly value={link} onFocus={(e) => e.target.select()} />
      <p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            navigator.clipboard.writeText(link).then(
              () => setCopied('Link copied.'),
              () => setCopied('Copying isn’t allowed here: select the link and copy it.'),
            );
          }}
        >
          Copy link
        </button>
      </p>
      <p role="status">{copied}</p>
      <h2>QR code</h2>
      <p>For showing your phone to a physio: their camera opens the same link.</p>
      {qr ? (
        <div
          className="share-qr"
          role="img"
          aria-label={`QR code of the link to ${routine.name}`}
          // The markup is the qrcode library's own output for our link: paths only, no script or text.
          dangerouslySetInnerHTML={{ __html: qr }}
        />
      ) : (
        <p role="status">Making the QR code…</p>
      )}
    </div>
  );
}
