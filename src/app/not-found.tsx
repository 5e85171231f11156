import { Link } from 'react-router';

export function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have been an old link.</p>
      <p>
        <Link to="/">Back to today</Link> · <Link to="/exercises">Browse the library</Link>
      </p>
    </div>
  );
}
