import type { SchemaModule } from "./runtime/schema.js";
import type { ThreeDSecureDetails as Type } from "./types/three_d_secure_details.js";

export type ThreeDSecureDetails = Type;
export declare const ThreeDSecureDetails: SchemaModule<Type>;
