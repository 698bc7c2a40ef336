import type { SchemaModule } from "./runtime/schema.js";
import type { ApplePayDomain as Type } from "./types/apple_pay_domain.js";

export type ApplePayDomain = Type;
export declare const ApplePayDomain: SchemaModule<Type>;
