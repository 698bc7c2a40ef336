import type * as runtime from "./runtime/api.js";
import type { DeletedSubscriptionItem as self } from "./types/deleted_subscription_item.js";

export type DeletedSubscriptionItem = self;
export declare const DeletedSubscriptionItem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedSubscriptionItem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedSubscriptionItem(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedSubscriptionItem: runtime.Check;
