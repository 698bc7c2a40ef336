import type * as runtime from "./runtime/api.js";
import type { DeletedWebhookEndpoint as self } from "./types/deleted_webhook_endpoint.js";

export type DeletedWebhookEndpoint = self;
export declare const DeletedWebhookEndpoint: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedWebhookEndpoint(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedWebhookEndpoint(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedWebhookEndpoint: runtime.Check;
