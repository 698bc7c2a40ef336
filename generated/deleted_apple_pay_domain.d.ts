import type { SchemaModule } from "./runtime/api.js";
import type { DeletedApplePayDomain as self } from "./types/deleted_apple_pay_domain.js";

export type DeletedApplePayDomain = self;
export declare const DeletedApplePayDomain: SchemaModule<self>;
