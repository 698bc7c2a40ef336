import type * as runtime from "./runtime/api.js";
import type { SchedulesPhaseAutomaticTax as self } from "./types/schedules_phase_automatic_tax.js";

export type SchedulesPhaseAutomaticTax = self;
export declare const SchedulesPhaseAutomaticTax: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSchedulesPhaseAutomaticTax(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSchedulesPhaseAutomaticTax(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSchedulesPhaseAutomaticTax: runtime.Check;
