import { NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { UpdatePrompt } from './update-prompt';

const NAV = [
  { to: '/', label: 'Today', end: true },
  { to: '/routines', label: 'Routines', end: false },
  { to: '/exercises', label: 'Library', end: false },
  { to: '/about', label: 'Safety', end: false },
] as const;

export function Layout() {
  const isLoading = useNavigation().state === 'loading';
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
        <NavLink to="/settings" className="topbar-link">
          Settings
        </NavLink>
      </header>
      <div className="route-progress" role="progressbar" aria-label="Loading page" hidden={!isLoading} />
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
      <ScrollRestoration />
    </div>
  );
}
