import type { SchemaModule } from "./runtime/api.js";
import type { ApplePayDomain as self } from "./types/apple_pay_domain.js";

export type ApplePayDomain = self;
export declare const ApplePayDomain: SchemaModule<self>;
