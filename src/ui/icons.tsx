/** Inline SVG icons: no icon font (glyphs like ⏮ are missing on many phones). Decorative by default. */
const common = { width: 28, height: 28, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const;

export function BackIcon() {
  return (
    <svg {...common}>
      <path d="M6 5h2v14H6zM20 5v14L9 12z" fill="currentColor" />
    </svg>
  );
}

export function SkipIcon() {
  return (
    <svg {...common}>
      <path d="M16 5h2v14h-2zM4 5v14l11-7z" fill="currentColor" />
    </svg>
  );
}
