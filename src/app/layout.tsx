import { NavLink, Outlet } from 'react-router';
import { OfflineReadyNote, UpdatePrompt } from './update-prompt';
import { useScrollToTop } from './use-scroll-to-top';

const NAV = [
  { to: '/', label: 'Today', end: true },
  { to: '/routines', label: 'Routines', end: false },
  { to: '/exercises', label: 'Library', end: false },
  { to: '/about', label: 'Safety', end: false },
] as const;

export function Layout() {
  useScrollToTop();
  return (
    <div className="shell">
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
      <nav className="tabbar" aria-label="Main">
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
