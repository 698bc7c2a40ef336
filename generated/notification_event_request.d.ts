import type { SchemaModule } from "./runtime/api.js";
import type { NotificationEventRequest as self } from "./types/notification_event_request.js";

export type NotificationEventRequest = self;
export declare const NotificationEventRequest: SchemaModule<self>;
