import { useEffect, useState } from 'react';

/** The link to copy and its QR code; the QR library loads only here. */
export function ShareLinkPanel({ link, routineName }: { link: string; routineName: string }) {
  const [qr, setQr] = useState<string | null>(null);
  const [isQrFailed, setIsQrFailed] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    let isCancelled = false;
    // As SVG markup, not a data: image: the CSP allows images from 'self' only.
    import('qrcode')
      .then((m) => m.toString(link, { type: 'svg', margin: 2, width: 280 }))
      .then((svg) => {
        if (!isCancelled) setQr(svg);
      })
      .catch((error: unknown) => {
        console.error('The QR code could not be drawn:', error);
        if (!isCancelled) setIsQrFailed(true);
      });
    return () => {
      isCancelled = true;
    };
  }, [link]);
  return (
    <>
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
          aria-label={`QR code of the link to ${routineName}`}
          // The markup is the qrcode library's own output for our link: paths only, no script or text.
          dangerouslySetInnerHTML={{ __html: qr }}
        />
      ) : isQrFailed ? (
        <p role="status">The QR code couldn’t be drawn here. The link above works the same: copy or share it instead.</p>
      ) : (
        <p role="status">Making the QR code…</p>
      )}
    </>
  );
}
