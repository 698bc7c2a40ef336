import type * as runtime from "./runtime/api.js";
import type { SourceMandateNotification as self } from "./types/source_mandate_notification.js";

export type SourceMandateNotification = self;
export declare const SourceMandateNotification: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceMandateNotification(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceMandateNotification(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceMandateNotification: runtime.Check;
