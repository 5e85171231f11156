import { NavLink, Outlet, useLocation } from 'react-router';
import { OfflineReadyNote, UpdatePrompt } from './update-prompt';
import { useScrollToTop } from './use-scroll-to-top';

const NAV = [
  { to: '/', label: 'Today', end: true },
  { to: '/routines', label: 'Routines', end: false },
  { to: '/exercises', label: 'Library', end: false },
  { to: '/history', label: 'History', end: false },
  { to: '/about', label: 'Safety', end: false },
] as const;

export function Layout() {
  useScrollToTop();
  // During a session the whole screen belongs to the player: no tab bar to mis-tap on a mat.
  const isPlayer = useLocation().pathname === '/session';
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
        <OfflineReadyNote />
        <NavLink to="/settings" className="topbar-link">
          Settings
        </NavLink>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <nav className="tabbar" aria-label="Main" hidden={isPlayer}>
        {NAV.map((item) => (
          <NavLink key={item.to} to={item.to} end={item.end} className="tab">
            {item.label}
          </NavLink>
        ))}
      </nav>
      <UpdatePrompt />
    </div>
  );
}
