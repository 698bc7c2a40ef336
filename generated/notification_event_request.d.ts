import type * as runtime from "./runtime/api.js";
import type { NotificationEventRequest as self } from "./types/notification_event_request.js";

export type NotificationEventRequest = self;
export declare const NotificationEventRequest: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateNotificationEventRequest(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isNotificationEventRequest(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkNotificationEventRequest: runtime.Check;
