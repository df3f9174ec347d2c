import { MemoryStore } from "./memory.ts";
import { runStoreCases } from "./store.cases.ts";

runStoreCases("MemoryStore", async () => new MemoryStore());
