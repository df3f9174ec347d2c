/** `/entities/:id`: aliases per language, roles, quotes, events both ways, neighbours, activity. */
import { api } from "../api.ts";
import {
  BarChart,
  Empty,
  EntityLink,
  EventCard,
  PageHeading,
  Show,
  useAsync,
  usePageTitle,
} from "../components.tsx";
import type { EntityDetail, MergedEvent } from "../types.ts";
import { QuoteItem } from "./quotes.tsx";

const LANGUAGE_NAMES: Record<string, string> = { fr: "French", en: "English", und: "Unknown language" };

export function EntityPage({ id }: { id: string }) {
  const state = useAsync(() => api.entity(id), [id]);
  usePageTitle(state.data?.name ?? (state.error ? "Entity not found" : "Entity"));
  return (
    <Show state={state} what="Loading the entity">
      {(entity) => <EntityView entity={entity} />}
    </Show>
  );
}

function EntityView({ entity }: { entity: EntityDetail }) {
  const aliases = Object.entries(entity.aliases ?? {});
  return (
    <>
      <PageHeading
        sub={
          <>
            <span class="label-tag">{entity.label ?? "entity"}</span> <code>{entity.id}</code> · named in{" "}
            {entity.articleCount} article{entity.articleCount === 1 ? "" : "s"}, {entity.mentionCount} mention
            {entity.mentionCount === 1 ? "" : "s"}
            {entity.firstSeen && (
              <>
                {" "}
                · seen {entity.firstSeen}
                {entity.lastSeen && entity.lastSeen !== entity.firstSeen && <> to {entity.lastSeen}</>}
              </>
            )}
          </>
        }
      >
        {entity.name}
      </PageHeading>
      <div class="entity-layout">
        <section class="panel" aria-labelledby="aliases-h">
          <h2 id="aliases-h">Names</h2>
          {aliases.length === 0 ? (
            <Empty>No names recorded.</Empty>
          ) : (
            <dl class="aliases">
              {aliases.map(([lang, names]) => (
                <>
                  <dt key={`t${lang}`}>{LANGUAGE_NAMES[lang] ?? lang}</dt>
                  <dd key={`d${lang}`}>
                    <ul class="chips">
                      {names.map((n) => (
                        <li key={n.name} lang={lang === "und" ? undefined : lang}>
                          {n.name} <span class="count">{n.count}</span>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ))}
            </dl>
          )}
          <h3>Roles seen</h3>
          {entity.roles?.length ? (
            <ul class="chips">
              {entity.roles.map((r) => (
                <li key={r.name}>
                  {r.name} <span class="count">{r.count}</span>
                </li>
              ))}
            </ul>
          ) : (
            <Empty>No role given when quoted.</Empty>
          )}
        </section>
        <section class="panel" aria-labelledby="activity-h">
          <h2 id="activity-h">Activity over time</h2>
          <BarChart
            label={`Articles naming ${entity.name} per month`}
            unit="articles"
            data={(entity.activity ?? []).map((a) => ({ period: a.period, value: a.articles }))}
          />
          <h3>Co-occurring actors</h3>
          {entity.cooccurring?.length ? (
            <ol class="actor-list">
              {entity.cooccurring.slice(0, 15).map((c) => (
                <li key={c.id}>
                  <EntityLink actor={c} />
                  <span class="meter" aria-hidden="true">
                    <span
                      style={{ width: `${(100 * c.articles) / (entity.cooccurring[0].articles || 1)}%` }}
                    />
                  </span>
                  <span class="count">
                    {c.articles} <span class="sr-only">shared articles</span>
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <Empty>Never named alongside another actor.</Empty>
          )}
        </section>
        <section class="panel wide" aria-labelledby="equotes-h">
          <h2 id="equotes-h">Quotes ({entity.quotes?.length ?? 0})</h2>
          {entity.quotes?.length ? (
            <ul class="quote-list">
              {entity.quotes.map((q) => (
                <QuoteItem key={q.id} quote={q} showSpeaker={false} />
              ))}
            </ul>
          ) : (
            <Empty>No quotation attributed to {entity.name}.</Empty>
          )}
        </section>
        <EventsSection
          title="Events as source"
          id="esrc-h"
          events={entity.eventsAsSource ?? []}
          name={entity.name}
        />
        <EventsSection
          title="Events as target"
          id="etgt-h"
          events={entity.eventsAsTarget ?? []}
          name={entity.name}
        />
      </div>
    </>
  );
}

function EventsSection({
  title,
  id,
  events,
  name,
}: {
  title: string;
  id: string;
  events: MergedEvent[];
  name: string;
}) {
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>
        {title} ({events.length})
      </h2>
      {events.length === 0 ? (
        <Empty>None involving {name}.</Empty>
      ) : (
        <div class="event-stack">
          {events.map((e) => (
            <EventCard key={e.id} event={e} />
          ))}
        </div>
      )}
    </section>
  );
}
