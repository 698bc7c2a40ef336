import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedWebhookEndpoint as Type } from "./types/deleted_webhook_endpoint.js";

export type DeletedWebhookEndpoint = Type;
export declare const DeletedWebhookEndpoint: SchemaModule<Type>;
