import type { Address } from "./address.js";

/** @schema `issuing_cardholder_address` */
export type IssuingCardholderAddress = {
  address: Address;
};
