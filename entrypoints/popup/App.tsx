import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { database } from '../../components/database';
import { HealthPill } from '../../components/HealthPill';
import { MetricList } from '../../components/MetricList';
import { SignList } from '../../components/SignList';
import { formatBusinessDuration, formatDateTime } from '../../components/format';
import { useSettings, type PageSettings } from '../../components/use-settings';
import { useTicket } from '../../components/use-ticket';
import { ticketKey } from '../../lib/model/stored';
import type { PageState } from '../../lib/model/messages';
import { originPattern, readTabState, targetTabId, type TabState } from './tab-state';
import { BUILT_IN_RECIPES } from '../../lib/portals/recipes';

export function App() {
  const page = useSettings();
  const { strings } = page;
  const [tabId, setTabId] = useState<number | undefined>();
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  const [notice, setNotice] = useState<string | undefined>();

  const refresh = useCallback(async (id: number | undefined) => setState(await readTabState(id)), []);

  useEffect(() => {
    void targetTabId(location.search).then((id) => {
      setTabId(id);
      return refresh(id);
    });
  }, [refresh]);

  const enable = (origin: string) => {
    setNotice(strings.enabling);
    // permissions.request must run in the click's own task (user gesture): nothing awaited before it.
    void browser.permissions
      .request({ origins: [originPattern(origin)] })
      .then(async (granted) => {
        if (!granted) return setNotice(strings.enableRefused);
        setNotice(undefined);
        await browser.runtime.sendMessage({ type: 'enable-origin', origin });
        for (let attempt = 0; attempt < 5; attempt++) {
          const next = await readTabState(tabId);
          setState(next);
          if (next.kind === 'page') break;
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
      })
      .catch((error: unknown) => setNotice(`${strings.problem} ${error instanceof Error ? error.message : String(error)}`));
  };

  const disable = async (origin: string) => {
    await browser.runtime.sendMessage({ type: 'disable-origin', origin });
    await refresh(tabId);
  };

  const teach = () => {
    if (tabId === undefined) return;
    // The picker runs in the page; the popup closes so the page can be clicked.
    void browser.scripting
      .executeScript({ target: { tabId }, files: ['/teach.js'] })
      .then(() => window.close())
      .catch((error: unknown) => setNotice(`${strings.problem} ${error instanceof Error ? error.message : String(error)}`));
  };

  const openDashboard = () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });

  return (
    <main className="popup">
      <header className="popup-header">
        <strong>{strings.appName}</strong>
        {'origin' in state ? <span className="muted">{new URL(state.origin).host}</span> : null}
      </header>
      {state.kind === 'loading' && <p className="muted">{strings.loading}</p>}
      {state.kind === 'not-web' && <p>{strings.notWeb}</p>}
      {state.kind === 'not-enabled' && (
        <section data-testid="popup-enable">
          <p>{strings.notEnabled(new URL(state.origin).host)}</p>
          <button type="button" className="primary" onClick={() => enable(state.origin)}>
            {strings.enable}
          </button>
        </section>
      )}
      {state.kind === 'no-script' && <p>{strings.reloadHint}</p>}
      {state.kind === 'page' && <PageSection page={state.page} settings={page} onTeach={teach} />}
      {notice && <p className="notice" role="status">{notice}</p>}
      <footer className="popup-footer">
        <button type="button" onClick={openDashboard}>
          {strings.openDashboard}
        </button>
        {(state.kind === 'page' || state.kind === 'no-script') && (
          <button type="button" onClick={() => void disable(state.origin)}>
            {strings.disable}
          </button>
        )}
      </footer>
    </main>
  );
}

/** Built-in recipes written from documentation, not real pages: a user may teach a better one. */
const UNVERIFIED_PORTALS: ReadonlySet<string> = new Set(BUILT_IN_RECIPES.filter((recipe) => recipe.verified === false).map((recipe) => recipe.id));

function PageSection({ page, settings, onTeach }: { page: PageState; settings: PageSettings; onTeach: () => void }) {
  const { strings } = settings;
  if (page.problem) {
    return (
      <section data-testid="page-problem">
        <p>{strings.problem}</p>
        <p className="muted">{page.problem}</p>
      </section>
    );
  }
  if (page.page === 'ticket' && page.ticketId) {
    return (
      <>
        <TicketSection ticketKey={ticketKey(page.origin, page.ticketId)} ticketId={page.ticketId} settings={settings} />
        {page.portal && UNVERIFIED_PORTALS.has(page.portal) && (
          <p className="muted" data-testid="unverified-portal">
            {strings.unverified}{' '}
            <button type="button" className="link" onClick={onTeach}>{strings.teach}</button>
          </p>
        )}
      </>
    );
  }
  if (page.page === 'list') return <ListSection origin={page.origin} ticketIds={page.ticketIds ?? []} settings={settings} />;
  return (
    <section>
      <p data-testid="not-recognised" className="muted">
        {strings.notRecognised}
      </p>
      <p className="muted">{strings.teachHint}</p>
      <button type="button" className="primary" onClick={onTeach}>
        {strings.teach}
      </button>
    </section>
  );
}

function TicketSection({ ticketKey: key, ticketId, settings: page }: { ticketKey: string; ticketId: string; settings: PageSettings }) {
  const { strings, locale, settings } = page;
  const view = useTicket(key, settings, locale);
  if (view === undefined) return <p className="muted">{strings.loading}</p>;
  if (view === null) return <p className="muted">{strings.noHistory}</p>;
  const { ticket, events, analysis } = view;
  const health = analysis.health;
  const followUps = new Set(analysis.followUpEventIds);
  const chasers = events.filter((event) => followUps.has(event.id));
  return (
    <section data-testid="popup-ticket">
      <p className="muted">{strings.ticketHeading(ticketId)}</p>
      <h1 data-testid="ticket-subject">{ticket.subject}</h1>
      <HealthPill level={health.level} strings={strings} />
      <MetricList health={health} strings={strings} locale={locale} />
      <dl className="metrics secondary">
        <div className="metric">
          <dt>{strings.longestWait}</dt>
          <dd data-testid="metric-longestWait">{analysis.facts.longestWaitBusinessMs === null ? strings.none : formatBusinessDuration(analysis.facts.longestWaitBusinessMs)}</dd>
        </div>
        <div className="metric">
          <dt>{strings.accountableResolution}</dt>
          <dd data-testid="metric-accountableResolution">
            {analysis.facts.partnerAccountableResolutionBusinessMs === null ? strings.none : formatBusinessDuration(analysis.facts.partnerAccountableResolutionBusinessMs)}
          </dd>
        </div>
      </dl>
      <h2>{strings.signsHeading}</h2>
      <SignList signs={health.signs} strings={strings} />
      {chasers.length > 0 && (
        <>
          <h2>{strings.followUpsHeading}</h2>
          <ol className="follow-ups" data-testid="follow-up-messages">
            {chasers.map((event) => (
              <li key={event.id} data-testid="follow-up-message">
                <span className="muted">{formatDateTime(event.at, locale)}</span> — {excerpt(event.text)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function ListSection({ origin, ticketIds, settings: page }: { origin: string; ticketIds: readonly string[]; settings: PageSettings }) {
  const { strings } = page;
  const tickets = useLiveQuery(() => database().tickets.bulkGet(ticketIds.map((id) => ticketKey(origin, id))), [origin, ticketIds.join(',')]);
  if (!tickets) return <p className="muted">{strings.loading}</p>;
  const stored = tickets.filter((ticket) => ticket !== undefined);
  const count = (level: string) => stored.filter((ticket) => ticket.health?.level === level).length;
  const flagged = stored.filter((ticket) => ticket.health && ticket.health.level !== 'ok');
  return (
    <section data-testid="popup-list">
      <h1>{strings.listHeading}</h1>
      <p data-testid="list-summary">{strings.listSummary(ticketIds.length, stored.length)}</p>
      <p data-testid="list-counts">{strings.listCounts(count('alert'), count('watch'), count('ok'))}</p>
      <ul className="list-flagged">
        {flagged.map((ticket) => (
          <li key={ticket.key} data-testid="list-ticket">
            <HealthPill level={ticket.health?.level ?? 'none'} strings={strings} /> <a href={ticket.url} target="_blank" rel="noreferrer">#{ticket.ticketId}</a>{' '}
            {ticket.subject}
          </li>
        ))}
      </ul>
    </section>
  );
}

function excerpt(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}
