import type { SchemaModule } from "./runtime/schema.js";
import type { RadarReviewResourceSession as Type } from "./types/radar_review_resource_session.js";

export type RadarReviewResourceSession = Type;
export declare const RadarReviewResourceSession: SchemaModule<Type>;
