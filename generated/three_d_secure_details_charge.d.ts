import type { SchemaModule } from "./runtime/api.js";
import type { ThreeDSecureDetailsCharge as self } from "./types/three_d_secure_details_charge.js";

export type ThreeDSecureDetailsCharge = self;
export declare const ThreeDSecureDetailsCharge: SchemaModule<self>;
