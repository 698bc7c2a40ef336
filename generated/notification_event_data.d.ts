import type { SchemaModule } from "./runtime/schema.js";
import type { NotificationEventData as Type } from "./types/notification_event_data.js";

export type NotificationEventData = Type;
export declare const NotificationEventData: SchemaModule<Type>;
