import type * as runtime from "./runtime/api.js";
import type { Subscription as self } from "./types/subscription.js";

export type Subscription = self;
export declare const Subscription: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscription(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscription(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscription: runtime.Check;
