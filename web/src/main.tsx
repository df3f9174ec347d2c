/** The Dossier web UI: a shell (skip link, navigation, search) around one page per route. */
import { render } from "preact";
import { lazy, Suspense } from "preact/compat";
import { Empty, Loading, PageHeading } from "./components.tsx";
import { ArticlePage } from "./pages/article.tsx";
import { EntityPage } from "./pages/entity.tsx";
import { HomePage } from "./pages/home.tsx";
import { QuotesPage } from "./pages/quotes.tsx";
import { TimelinePage } from "./pages/timeline.tsx";
import { interceptLinks, match, navigate, useLocation } from "./router.ts";
import "./style.css";

// sigma and the layout are the heaviest code; only the graph page needs them.
const GraphPage = lazy(() => import("./pages/graph.tsx").then((m) => m.GraphPage));

const NAV = [
  { href: "/", label: "Overview" },
  { href: "/graph", label: "Network" },
  { href: "/timeline", label: "Timeline" },
  { href: "/quotes", label: "Quotes" },
];

function Route() {
  const location = useLocation();
  const { path, query } = location;
  if (match("/", path)) return <HomePage key={query.get("q") ?? ""} query={query.get("q") ?? ""} />;
  const article = match("/articles/:id", path);
  if (article) return <ArticlePage key={article.id} id={article.id} />;
  const entity = match("/entities/:id", path);
  if (entity) return <EntityPage key={entity.id} id={entity.id} />;
  if (match("/graph", path))
    return (
      <Suspense fallback={<Loading what="Loading the network" />}>
        <GraphPage />
      </Suspense>
    );
  if (match("/timeline", path)) return <TimelinePage />;
  if (match("/quotes", path)) return <QuotesPage />;
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <Empty>
        Nothing lives at <code>{path}</code>. <a href="/">Back to the overview</a>.
      </Empty>
    </>
  );
}

function Shell() {
  const { path, query } = useLocation();
  const section = (href: string) => (href === "/" ? path === "/" : path.startsWith(href));
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <a class="brand" href="/" aria-label="Dossier, overview">
          <span class="brand-mark" aria-hidden="true">
            D
          </span>
          Dossier
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={section(item.href) ? "page" : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <search class="topsearch">
          <form action="/" method="get">
            <label class="sr-only" for="top-q">
              Search articles
            </label>
            <input
              id="top-q"
              name="q"
              type="search"
              placeholder="Search articles…"
              defaultValue={query.get("q") ?? ""}
            />
          </form>
        </search>
      </header>
      <main id="main" tabIndex={-1}>
        <Route />
      </main>
      <footer class="footer">
        Dossier · facts at character offsets · <a href="/openapi.json">API</a>
      </footer>
    </>
  );
}

interceptLinks();
// The search form submits as a navigation to /?q=…, so it also works without the router.
document.addEventListener("submit", (event) => {
  const form = event.target as HTMLFormElement;
  if (form.getAttribute("action") !== "/" || form.method !== "get") return;
  event.preventDefault();
  const q = String(new FormData(form).get("q") ?? "").trim();
  navigate(q ? `/?q=${encodeURIComponent(q)}` : "/");
});
render(<Shell />, document.getElementById("app")!);
