import type { SchemaModule } from "./runtime/schema.js";
import type { NotificationEventRequest as Type } from "./types/notification_event_request.js";

export type NotificationEventRequest = Type;
export declare const NotificationEventRequest: SchemaModule<Type>;
