import type { SchemaModule } from "./runtime/api.js";
import type { ThreeDSecureDetails as self } from "./types/three_d_secure_details.js";

export type ThreeDSecureDetails = self;
export declare const ThreeDSecureDetails: SchemaModule<self>;
