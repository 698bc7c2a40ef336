import type { Address } from "./address.js";

/** @see Spec schema `issuing_cardholder_address` */
export interface IssuingCardholderAddress {
  address: Address;
}
