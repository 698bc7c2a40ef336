import type * as runtime from "./runtime/api.js";
import type { WebhookEndpoint as self } from "./types/webhook_endpoint.js";

export type WebhookEndpoint = self;
export declare const WebhookEndpoint: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateWebhookEndpoint(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isWebhookEndpoint(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkWebhookEndpoint: runtime.Check;
