import type { SchemaModule } from "./runtime/schema.js";
import type { NotificationEventRequest as Type } from "./types/notification_event_request.js";

export type { NotificationEventRequest } from "./types/notification_event_request.js";
declare const schema: SchemaModule<Type>;
export { schema as NotificationEventRequest };
