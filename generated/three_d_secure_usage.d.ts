import type { SchemaModule } from "./runtime/schema.js";
import type { ThreeDSecureUsage as Type } from "./types/three_d_secure_usage.js";

export type ThreeDSecureUsage = Type;
export declare const ThreeDSecureUsage: SchemaModule<Type>;
