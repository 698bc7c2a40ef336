import type * as runtime from "./runtime/api.js";
import type { RadarReviewResourceSession as self } from "./types/radar_review_resource_session.js";

export type RadarReviewResourceSession = self;
export declare const RadarReviewResourceSession: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRadarReviewResourceSession(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isRadarReviewResourceSession(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRadarReviewResourceSession: runtime.Check;
