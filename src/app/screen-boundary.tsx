import { Component, type ErrorInfo, type ReactNode } from 'react';
import { downloadText } from '../utils/download';
import { routeHref } from '../router/routes';
import type { Strings } from '../i18n/strings';
import { today } from '../engine/dates';

interface Props {
  t: Strings;
  children: ReactNode;
}

/**
 * Catches an error thrown while a screen renders, so that a bad link or damaged data never leaves
 * a blank page: a message, the way back to the start, and the stored data as a file. The shell
 * gives each route its own boundary (key), so moving elsewhere starts afresh.
 */
export class ScreenBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // For whoever looks into it with the browser's tools; the person sees the message below.
    console.warn('Ansicht abgebrochen:', error, info.componentStack);
  }

  render() {
    const { t, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <section className="error-box" role="alert" aria-labelledby="screen-error-title">
        <h1 id="screen-error-title">{t.errors.crashTitle}</h1>
        <p>{t.errors.crashIntro}</p>
        <p className="button-row">
          <a className="button primary" href={routeHref({ name: 'start' })}>
            {t.errors.backToStart}
          </a>{' '}
          <button
            type="button"
            className="button"
            onClick={() =>
              void import('../services/backup').then(({ exportAllText }) =>
                downloadText(`digitalkompass-sicherung-${today()}.json`, exportAllText(), 'application/json'),
              )
            }
          >
            {t.errors.downloadData}
          </button>
        </p>
      </section>
    );
  }
}
