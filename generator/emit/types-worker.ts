/**
 * The worker of `inWorker()` (types-printer.ts): loads ts-morph as soon as it starts, then
 * prints the types files it is sent.
 */
import { parentPort } from "node:worker_threads";
import type { IrSchema } from "../ir/types.js";
import { emitTypesFile } from "./types-file.js";
import { keepCompiledCode } from "./ts-morph.js";
import { typeLookup, type Reply, type TypeNames } from "./types-printer.js";

parentPort!.on("message", ({ id, schemas, names, openEnums }: { id: number; schemas: IrSchema[]; names: TypeNames; openEnums: boolean }) => {
  let reply: Reply;
  try {
    const lookup = typeLookup(names, openEnums);
    reply = { id, texts: schemas.map((schema) => emitTypesFile(schema, lookup)) };
    // Before the reply: once it is sent, the worker may be stopped at any moment.
    keepCompiledCode();
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
