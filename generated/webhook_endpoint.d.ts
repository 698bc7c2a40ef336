import type { SchemaModule } from "./runtime/schema.js";
import type { WebhookEndpoint as Type } from "./types/webhook_endpoint.js";

export type WebhookEndpoint = Type;
export declare const WebhookEndpoint: SchemaModule<Type>;
