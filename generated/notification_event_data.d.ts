import type * as runtime from "./runtime/api.js";
import type { NotificationEventData as self } from "./types/notification_event_data.js";

export type NotificationEventData = self;
export declare const NotificationEventData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateNotificationEventData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isNotificationEventData(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkNotificationEventData: runtime.Check;
