import type { SchemaModule } from "./runtime/api.js";
import type { ThreeDSecureUsage as self } from "./types/three_d_secure_usage.js";

export type ThreeDSecureUsage = self;
export declare const ThreeDSecureUsage: SchemaModule<self>;
