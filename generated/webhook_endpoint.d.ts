import type { SchemaModule } from "./runtime/api.js";
import type { WebhookEndpoint as self } from "./types/webhook_endpoint.js";

export type WebhookEndpoint = self;
export declare const WebhookEndpoint: SchemaModule<self>;
