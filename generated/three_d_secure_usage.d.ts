import type { SchemaModule } from "./runtime/schema.js";
import type { ThreeDSecureUsage as Type } from "./types/three_d_secure_usage.js";

export type { ThreeDSecureUsage } from "./types/three_d_secure_usage.js";
declare const schema: SchemaModule<Type>;
export { schema as ThreeDSecureUsage };
