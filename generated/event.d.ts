import type * as runtime from "./runtime/api.js";
import type { Event as self } from "./types/event.js";

export type Event = self;
export declare const Event: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateEvent(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isEvent(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkEvent: runtime.Check;
