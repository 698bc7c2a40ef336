import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDomainResourcePaymentMethodStatus as Type } from "./types/payment_method_domain_resource_payment_method_status.js";

export type { PaymentMethodDomainResourcePaymentMethodStatus } from "./types/payment_method_domain_resource_payment_method_status.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDomainResourcePaymentMethodStatus };
