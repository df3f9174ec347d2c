/** `/quotes`: the quote explorer, filtered by speaker, role or affiliation, date and words. */
import { useState } from "preact/hooks";
import { api, collect } from "../api.ts";
import {
  articleHref,
  Empty,
  entityHref,
  PageHeading,
  Show,
  speakerColour,
  useAsync,
  usePageTitle,
} from "../components.tsx";
import { navigate, useLocation } from "../router.ts";
import type { QuoteCluster } from "../types.ts";

/** One merged quote: its words, its speaker (a link to their page) and every article reporting it. */
export function QuoteItem({ quote, showSpeaker = true }: { quote: QuoteCluster; showSpeaker?: boolean }) {
  const speaker = quote.speaker;
  return (
    <li class="quote-item" style={{ "--speaker": speakerColour(speaker?.id ?? speaker?.name) }}>
      <blockquote>{quote.text}</blockquote>
      <div class="quote-meta">
        {showSpeaker &&
          (speaker ? (
            <span class="speaker">
              —{" "}
              {speaker.id ? (
                <a class="speaker-link" href={entityHref(speaker.id)}>
                  {speaker.name}
                </a>
              ) : (
                <span>{speaker.name}</span>
              )}
              {speaker.role && <span class="muted">, {speaker.role}</span>}
            </span>
          ) : (
            <span class="muted">no speaker ({quote.kind})</span>
          ))}
        <span class="sources">
          {quote.sources.map((s, i) => (
            <a key={`${s.articleId}-${i}`} href={articleHref(s.articleId, `#at-${s.start}-${s.end}`)}>
              {s.outlet ?? "article"} {s.date ?? ""}
              {s.lang && <span class="lang">{s.lang}</span>}
            </a>
          ))}
        </span>
      </div>
    </li>
  );
}

export function QuotesPage() {
  usePageTitle("Quotes");
  const { query } = useLocation();
  const speaker = query.get("speaker") ?? "";
  const q = query.get("q") ?? "";
  const role = query.get("role") ?? "";
  const from = query.get("from") ?? "";
  const to = query.get("to") ?? "";
  const state = useAsync(() => collect(api.quotes, { speaker, q }, 1000), [speaker, q]);
  const [draft, setDraft] = useState({ speaker, q, role, from, to });

  const apply = (event: Event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(draft)) if (value.trim()) params.set(key, value.trim());
    const qs = params.toString();
    navigate(qs ? `/quotes?${qs}` : "/quotes", { replace: true });
  };
  const field = (key: keyof typeof draft, label: string, placeholder = "") => (
    <label>
      {label}
      <input
        type="text"
        name={key}
        value={draft[key]}
        placeholder={placeholder}
        onInput={(e) => setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value })}
      />
    </label>
  );

  return (
    <>
      <PageHeading sub="Every quotation, merged across the outlets that report it.">Quotes</PageHeading>
      <form class="filters" onSubmit={apply} aria-label="Filter quotes">
        {field("q", "Words", "e.g. sanctions")}
        {field("speaker", "Speaker", "name or entity id")}
        {field("role", "Role or affiliation", "e.g. minister")}
        {field("from", "From", "YYYY-MM")}
        {field("to", "To", "YYYY-MM")}
        <div class="filter-buttons">
          <button type="submit">Apply</button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setDraft({ speaker: "", q: "", role: "", from: "", to: "" });
              navigate("/quotes", { replace: true });
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <Show state={state} what="Loading quotes">
        {(quotes) => {
          const shown = quotes.filter((quote) => keep(quote, role, from, to));
          return (
            <section aria-labelledby="quotes-h">
              <h2 id="quotes-h" class="result-count" aria-live="polite">
                {shown.length} quote{shown.length === 1 ? "" : "s"}
              </h2>
              {shown.length === 0 ? (
                <Empty>
                  {quotes.length === 0
                    ? "No quotations extracted yet."
                    : "No quotation matches these filters."}
                </Empty>
              ) : (
                <ul class="quote-list">
                  {shown.map((quote) => (
                    <QuoteItem key={quote.id} quote={quote} />
                  ))}
                </ul>
              )}
            </section>
          );
        }}
      </Show>
    </>
  );
}

/** Role/affiliation and date filters, applied here (the API filters speaker and words). */
function keep(quote: QuoteCluster, role: string, from: string, to: string): boolean {
  if (role) {
    const r = quote.speaker?.role?.toLowerCase() ?? "";
    if (!r.includes(role.toLowerCase())) return false;
  }
  // A quote is kept when its reporting period overlaps [from, to] (prefix-compared ISO dates).
  if (from && (quote.lastSeen ?? "") < from && !(quote.lastSeen ?? "").startsWith(from)) return false;
  if (to && (quote.firstSeen ?? "9999") > to && !(quote.firstSeen ?? "").startsWith(to)) return false;
  return true;
}
