import type { SchemaModule } from "./runtime/schema.js";
import type { ThreeDSecureDetailsCharge as Type } from "./types/three_d_secure_details_charge.js";

export type { ThreeDSecureDetailsCharge } from "./types/three_d_secure_details_charge.js";
declare const schema: SchemaModule<Type>;
export { schema as ThreeDSecureDetailsCharge };
