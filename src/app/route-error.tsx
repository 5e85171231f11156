import { Component, type ReactNode } from 'react';
import { Link } from 'react-router';

interface State {
  error: Error | null;
}

/** Shown when a screen fails to load or render (e.g. a chunk missing after an update while offline). */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="page">
        <h1>Something went wrong</h1>
        <p>This screen could not be shown. Your saved sessions and pain log are not affected.</p>
        <p className="muted">Details: {this.state.error.message}</p>
        <p>
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            Reload
          </button>{' '}
          <Link to="/">Back to today</Link>
        </p>
      </div>
    );
  }
}
