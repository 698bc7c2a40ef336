import type { SchemaModule } from "./runtime/schema.js";
import type { ThreeDSecureDetails as Type } from "./types/three_d_secure_details.js";

export type { ThreeDSecureDetails } from "./types/three_d_secure_details.js";
declare const schema: SchemaModule<Type>;
export { schema as ThreeDSecureDetails };
