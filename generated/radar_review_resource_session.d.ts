import type { SchemaModule } from "./runtime/schema.js";
import type { RadarReviewResourceSession as Type } from "./types/radar_review_resource_session.js";

export type { RadarReviewResourceSession } from "./types/radar_review_resource_session.js";
declare const schema: SchemaModule<Type>;
export { schema as RadarReviewResourceSession };
