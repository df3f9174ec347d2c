import type { Command } from "commander";
import { DossierError } from "../../errors.ts";
import { openStore } from "../../store/store.ts";
import { action } from "../run.ts";

interface ServeFlags {
  db: string;
  port: string;
  host: string;
  token?: string;
  cors?: string[];
}

/**
 * `dossier serve --db FILE --port N [--token T]`: the HTTP API (see src/api/app.ts).
 * Writes need `--token` or DOSSIER_TOKEN; without either they are disabled.
 */
export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the knowledge base over HTTP (JSON API, OpenAPI document at /openapi.json)")
    .option("--db <file>", "knowledge base file", "dossier.db")
    .option("--port <n>", "TCP port", "8080")
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option("--token <token>", "bearer token that enables POST /api/ingest (default: $DOSSIER_TOKEN)")
    .option("--cors <origins...>", "allow these origins (CORS is off by default)")
    .action(
      action(async (flags: ServeFlags) => {
        const port = Number(flags.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new DossierError("E_USAGE", `--port expects a port number, got "${flags.port}"`);
        }
        // Loaded here so that other commands do not pay for the HTTP stack.
        const [{ serve }, { createApp }] = await Promise.all([
          import("@hono/node-server"),
          import("../../api/app.ts"),
        ]);
        const store = await openStore(flags.db, { create: false });
        const token = flags.token ?? process.env.DOSSIER_TOKEN ?? null;
        const app = createApp({ store, token, corsOrigins: flags.cors });
        // The web UI (web/dist) on the same origin: /, /articles/:id, /graph …
        const { uiRoutes } = await import("../../ui/routes.ts");
        uiRoutes(app);
        const server = serve({ fetch: app.fetch, port, hostname: flags.host }, (info) => {
          process.stdout.write(
            `dossier: serving ${flags.db} on http://${flags.host}:${info.port}/ (web UI and API; writes ${token ? "enabled" : "disabled"})\n`,
          );
        });
        const stop = () => {
          server.close();
          void store.close().then(() => process.exit(0));
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      }),
    );
}
