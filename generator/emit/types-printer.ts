import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { IrSchema } from "../ir/types.js";
import type { TypeLookup } from "./types-file.js";

/** Spec name → [type name, file name], for every schema: what a types file needs to refer to others. */
export type TypeNames = Record<string, readonly [typeName: string, fileName: string]>;

/**
 * Prints types files with ts-morph. Loading ts-morph and the TypeScript compiler it
 * bundles is the largest fixed cost of a run (about 0.2 s), so the CLI prints in a worker
 * thread, started before the spec is parsed: the compiler loads on the other core while
 * this one parses, and prints while this one emits the validators.
 */
export interface TypesPrinter {
  /** The types file of each schema, in order. */
  print(schemas: readonly IrSchema[], names: TypeNames, openEnums: boolean): Promise<string[]>;
  /** Stops a worker; printing again after this is an error. */
  close(): Promise<void>;
}

export function typeLookup(names: TypeNames, openEnums: boolean): TypeLookup {
  return { typeName: (name) => names[name]![0], fileName: (name) => names[name]![1], openEnums };
}

/** Prints in this thread; ts-morph is loaded on the first call. */
export const inThisThread: TypesPrinter = {
  async print(schemas, names, openEnums) {
    const [{ emitTypesFile }, { keepCompiledCode }] = await Promise.all([import("./types-file.js"), import("./ts-morph.js")]);
    const lookup = typeLookup(names, openEnums);
    const texts = schemas.map((schema) => emitTypesFile(schema, lookup));
    keepCompiledCode();
    return texts;
  },
  async close() {},
};

interface Request {
  id: number;
  schemas: readonly IrSchema[];
  names: TypeNames;
  openEnums: boolean;
}

export type Reply = { id: number; texts: string[] } | { id: number; error: string };

/**
 * Prints in a worker thread, which starts loading ts-morph now. The worker keeps the
 * process alive only while a print is pending, so a caller that forgets `close` still exits.
 * Run from the TypeScript sources (the tests), where there is no compiled worker script to
 * start, it prints in this thread.
 */
export function inWorker(): TypesPrinter {
  const script = new URL("./types-worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(script))) return inThisThread;
  // A small young generation: the default (16 MiB semi-spaces) added about 25 MiB to the
  // run's peak memory, and printing is no slower for it (one-off runs of the CLI).
  const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  worker.unref();
  const pending = new Map<number, { resolve: (texts: string[]) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  let next = 0;
  const settle = () => {
    if (pending.size === 0) worker.unref();
  };
  worker.on("message", (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    settle();
    if ("texts" in reply) waiting.resolve(reply.texts);
    else waiting.reject(new Error(`printing types failed in the worker: ${reply.error}`));
  });
  const failAll = (error: Error) => {
    failure ??= error;
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
  };
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the types worker stopped (exit code ${code})`)));
  return {
    print(schemas, names, openEnums) {
      if (failure) return Promise.reject(failure);
      if (schemas.length === 0) return Promise.resolve([]);
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, schemas, names, openEnums } satisfies Request);
      });
    },
    async close() {
      failure ??= new Error("the types worker is closed");
      await worker.terminate();
    },
  };
}
