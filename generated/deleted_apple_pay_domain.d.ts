import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedApplePayDomain as Type } from "./types/deleted_apple_pay_domain.js";

export type DeletedApplePayDomain = Type;
export declare const DeletedApplePayDomain: SchemaModule<Type>;
