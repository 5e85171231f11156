import type { ReactNode, Ref } from 'react';
import { NavLink } from 'react-router';

const NAV = [
  { to: '/', label: 'Today', end: true },
  { to: '/routines', label: 'Routines', end: false },
  { to: '/exercises', label: 'Library', end: false },
  { to: '/history', label: 'History', end: false },
  { to: '/about', label: 'Safety', end: false },
] as const;

interface Props {
  isPlayer: boolean;
  /** The offline-ready note; left out of the prerendered page. */
  note?: ReactNode;
  /** The update prompt; left out of the prerendered page. */
  overlay?: ReactNode;
  /** The main landmark, where a page change puts focus on the new heading. */
  mainRef?: Ref<HTMLElement>;
  children: ReactNode;
}

/** The app's frame — top bar, main, tab bar — with no browser APIs, so the build can prerender it. */
export function AppFrame({ isPlayer, note, overlay, mainRef, children }: Props) {
  return (
    <div className={isPlayer ? 'shell shell-player' : 'shell'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label="Kneewise, home">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          Kneewise
        </NavLink>
        {note ?? <span className="offline-ready" role="status" />}
        <NavLink to="/settings" className="topbar-link">
          Settings
        </NavLink>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      {/* During a session the whole screen belongs to the player: no tab bar to mis-tap on a mat. */}
      <nav className="tabbar" aria-label="Main" hidden={isPlayer}>
        {NAV.map((item) => (
          <NavLink key={item.to} to={item.to} end={item.end} className="tab">
            {item.label}
          </NavLink>
        ))}
      </nav>
      {overlay}
    </div>
  );
}
