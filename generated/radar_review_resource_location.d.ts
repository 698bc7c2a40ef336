import type { SchemaModule } from "./runtime/api.js";
import type { RadarReviewResourceLocation as self } from "./types/radar_review_resource_location.js";

export type RadarReviewResourceLocation = self;
export declare const RadarReviewResourceLocation: SchemaModule<self>;
