import type { SchemaModule } from "./runtime/schema.js";
import type { ApplePayDomain as Type } from "./types/apple_pay_domain.js";

export type { ApplePayDomain } from "./types/apple_pay_domain.js";
declare const schema: SchemaModule<Type>;
export { schema as ApplePayDomain };
