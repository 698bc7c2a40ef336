import type * as runtime from "./runtime/api.js";
import type { SubscriptionTransferData as self } from "./types/subscription_transfer_data.js";

export type SubscriptionTransferData = self;
export declare const SubscriptionTransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionTransferData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionTransferData: runtime.Check;
