import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDomainResourcePaymentMethodStatusDetails as self } from "./types/payment_method_domain_resource_payment_method_status_details.js";

export type PaymentMethodDomainResourcePaymentMethodStatusDetails = self;
export declare const PaymentMethodDomainResourcePaymentMethodStatusDetails: SchemaModule<self>;
