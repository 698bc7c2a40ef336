import type { SchemaModule } from "./runtime/api.js";
import type { DeletedWebhookEndpoint as self } from "./types/deleted_webhook_endpoint.js";

export type DeletedWebhookEndpoint = self;
export declare const DeletedWebhookEndpoint: SchemaModule<self>;
