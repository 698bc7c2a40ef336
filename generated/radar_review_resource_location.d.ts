import type { SchemaModule } from "./runtime/schema.js";
import type { RadarReviewResourceLocation as Type } from "./types/radar_review_resource_location.js";

export type { RadarReviewResourceLocation } from "./types/radar_review_resource_location.js";
declare const schema: SchemaModule<Type>;
export { schema as RadarReviewResourceLocation };
