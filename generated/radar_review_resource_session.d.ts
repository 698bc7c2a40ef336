import type { SchemaModule } from "./runtime/api.js";
import type { RadarReviewResourceSession as self } from "./types/radar_review_resource_session.js";

export type RadarReviewResourceSession = self;
export declare const RadarReviewResourceSession: SchemaModule<self>;
