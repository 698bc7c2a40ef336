import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDomainResourcePaymentMethodStatus as self } from "./types/payment_method_domain_resource_payment_method_status.js";

export type PaymentMethodDomainResourcePaymentMethodStatus = self;
export declare const PaymentMethodDomainResourcePaymentMethodStatus: SchemaModule<self>;
