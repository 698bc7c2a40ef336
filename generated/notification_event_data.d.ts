import type { SchemaModule } from "./runtime/api.js";
import type { NotificationEventData as self } from "./types/notification_event_data.js";

export type NotificationEventData = self;
export declare const NotificationEventData: SchemaModule<self>;
