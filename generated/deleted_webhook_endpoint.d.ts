import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedWebhookEndpoint as Type } from "./types/deleted_webhook_endpoint.js";

export type { DeletedWebhookEndpoint } from "./types/deleted_webhook_endpoint.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedWebhookEndpoint };
