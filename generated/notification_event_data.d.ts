import type { SchemaModule } from "./runtime/schema.js";
import type { NotificationEventData as Type } from "./types/notification_event_data.js";

export type { NotificationEventData } from "./types/notification_event_data.js";
declare const schema: SchemaModule<Type>;
export { schema as NotificationEventData };
