/** `/`: search, recent articles, most active actors, biggest merged events. */
import { api } from "../api.ts";
import {
  articleHref,
  Empty,
  EntityLink,
  EventCard,
  formatArticleDate,
  PageHeading,
  Show,
  useAsync,
  usePageTitle,
} from "../components.tsx";
import type { ArticleSummary, SearchHit } from "../types.ts";

export function HomePage({ query }: { query: string }) {
  usePageTitle(query ? `Search: ${query}` : null);
  return (
    <>
      <PageHeading sub="Entities, quotations and events from French and English news, each tied to its words.">
        {query ? <>Results for “{query}”</> : "Overview"}
      </PageHeading>
      <search class="bigsearch">
        <form action="/" method="get">
          <label for="home-q">Search the articles</label>
          <div class="bigsearch-row">
            <input
              id="home-q"
              name="q"
              type="search"
              placeholder="e.g. Oderov, livraison, sanctions…"
              defaultValue={query}
              autoComplete="off"
            />
            <button type="submit">Search</button>
          </div>
        </form>
      </search>
      {query ? <SearchResults query={query} /> : <Dashboard />}
    </>
  );
}

function SearchResults({ query }: { query: string }) {
  const state = useAsync(() => api.search({ q: query, limit: 50 }), [query]);
  return (
    <section aria-labelledby="results-h">
      <h2 id="results-h">Articles</h2>
      <Show state={state} what="Searching">
        {(hits) =>
          hits.length === 0 ? (
            <Empty>No article contains every word of “{query}”.</Empty>
          ) : (
            <ol class="results">
              {hits.map((hit) => (
                <li key={hit.id}>
                  <a class="result-title" href={articleHref(hit.id)}>
                    {hit.title ?? "(untitled)"}
                  </a>
                  <span class="meta">
                    {formatArticleDate(hit.date)} · {hit.lang ?? "und"}
                  </span>
                  <Snippet hit={hit} />
                </li>
              ))}
            </ol>
          )
        }
      </Show>
    </section>
  );
}

/** The API marks matched words with [ and ]; they become <mark> elements (text only, never HTML). */
function Snippet({ hit }: { hit: SearchHit }) {
  const parts = hit.snippet.split(/(\[[^\]]*\])/g);
  return (
    <p class="snippet">
      {parts.map((part, i) =>
        part.startsWith("[") && part.endsWith("]") ? <mark key={i}>{part.slice(1, -1)}</mark> : part,
      )}
    </p>
  );
}

function Dashboard() {
  const articles = useAsync(async () => {
    const page = await api.articles({ limit: 500 });
    return page.items
      .slice()
      .sort((a, b) => dateKey(b).localeCompare(dateKey(a)))
      .slice(0, 12);
  }, []);
  const actors = useAsync(async () => (await api.entities({ limit: 12 })).items, []);
  const events = useAsync(async () => {
    const page = await api.events({ limit: 200 });
    return page.items
      .slice()
      .sort((a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount)
      .slice(0, 6);
  }, []);
  return (
    <div class="dashboard">
      <section class="panel" aria-labelledby="recent-h">
        <h2 id="recent-h">Recent articles</h2>
        <Show state={articles} what="Loading articles">
          {(items) =>
            items.length === 0 ? (
              <Empty>
                No articles yet. Ingest some with <code>dossier ingest</code>.
              </Empty>
            ) : (
              <ul class="article-list">
                {items.map((a) => (
                  <ArticleRow key={a.id} article={a} />
                ))}
              </ul>
            )
          }
        </Show>
      </section>
      <section class="panel" aria-labelledby="actors-h">
        <h2 id="actors-h">Most active actors</h2>
        <Show state={actors} what="Loading actors">
          {(items) =>
            items.length === 0 ? (
              <Empty>No entities recognised yet.</Empty>
            ) : (
              <ol class="actor-list">
                {items.map((e) => {
                  const max = items[0].articleCount || 1;
                  return (
                    <li key={e.id}>
                      <EntityLink actor={e} />
                      <span class="label-tag">{e.label ?? "?"}</span>
                      <span class="meter" aria-hidden="true">
                        <span style={{ width: `${(100 * e.articleCount) / max}%` }} />
                      </span>
                      <span class="count">
                        {e.articleCount} <span class="sr-only">articles</span>
                      </span>
                    </li>
                  );
                })}
              </ol>
            )
          }
        </Show>
      </section>
      <section class="panel wide" aria-labelledby="events-h">
        <h2 id="events-h">Biggest merged events</h2>
        <Show state={events} what="Loading events">
          {(items) =>
            items.length === 0 ? (
              <Empty>No events extracted yet.</Empty>
            ) : (
              <div class="event-grid">
                {items.map((e) => (
                  <EventCard key={e.id} event={e} />
                ))}
              </div>
            )
          }
        </Show>
        <p class="more">
          <a href="/timeline">All events on the timeline →</a>
        </p>
      </section>
    </div>
  );
}

function dateKey(a: ArticleSummary): string {
  return a.date?.value ?? a.ingestedAt ?? "";
}

function ArticleRow({ article }: { article: ArticleSummary }) {
  return (
    <li>
      <a href={articleHref(article.id)}>{article.title ?? "(untitled)"}</a>
      <span class="meta">
        {formatArticleDate(article.date)}
        {article.source?.outlet && <> · {article.source.outlet}</>} ·{" "}
        <span lang="">{article.lang ?? "und"}</span>
        {article.quotes ? <> · {article.quotes} quotes</> : null}
        {article.events ? <> · {article.events} events</> : null}
      </span>
    </li>
  );
}
