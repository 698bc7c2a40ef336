import type { SchemaModule } from "./runtime/schema.js";
import type { RadarReviewResourceLocation as Type } from "./types/radar_review_resource_location.js";

export type RadarReviewResourceLocation = Type;
export declare const RadarReviewResourceLocation: SchemaModule<Type>;
