import type { SchemaModule } from "./runtime/schema.js";
import type { WebhookEndpoint as Type } from "./types/webhook_endpoint.js";

export type { WebhookEndpoint } from "./types/webhook_endpoint.js";
declare const schema: SchemaModule<Type>;
export { schema as WebhookEndpoint };
