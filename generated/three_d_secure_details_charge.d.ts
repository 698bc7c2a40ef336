import type { SchemaModule } from "./runtime/schema.js";
import type { ThreeDSecureDetailsCharge as Type } from "./types/three_d_secure_details_charge.js";

export type ThreeDSecureDetailsCharge = Type;
export declare const ThreeDSecureDetailsCharge: SchemaModule<Type>;
