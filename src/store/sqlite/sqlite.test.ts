import { runStoreCases } from "../store.cases.ts";
import { SqliteStore } from "./sqlite.ts";

runStoreCases("SqliteStore", async () => SqliteStore.open(":memory:"));
