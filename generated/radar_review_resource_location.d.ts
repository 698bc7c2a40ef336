import type * as runtime from "./runtime/api.js";
import type { RadarReviewResourceLocation as self } from "./types/radar_review_resource_location.js";

export type RadarReviewResourceLocation = self;
export declare const RadarReviewResourceLocation: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRadarReviewResourceLocation(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isRadarReviewResourceLocation(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRadarReviewResourceLocation: runtime.Check;
