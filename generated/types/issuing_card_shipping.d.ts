import type { Address } from "./address.js";
import type { IssuingCardShippingCustoms } from "./issuing_card_shipping_customs.js";

/** @schema `issuing_card_shipping` */
export type IssuingCardShipping = {
  address: Address;
  /** The delivery company that shipped a card. */
  carrier?: "dhl" | "fedex" | "royal_mail" | "usps" | null;
  /** Additional information that may be required for clearing customs. */
  customs?: IssuingCardShippingCustoms | null;
  /**
   * A unix timestamp representing a best estimate of when the card will be delivered.
   *
   * @format unix-time
   */
  eta?: number | null;
  /**
   * Recipient name.
   *
   * @maxLength 5000
   */
  name: string;
  /**
   * The phone number of the receiver of the bulk shipment. This phone number will be provided to the shipping company, who might use it to contact the receiver in case of delivery issues.
   *
   * @maxLength 5000
   */
  phone_number?: string | null;
  /** Whether a signature is required for card delivery. This feature is only supported for US users. Standard shipping service does not support signature on delivery. The default value for standard shipping service is false and for express and priority services is true. */
  require_signature?: boolean | null;
  /** Shipment service, such as `standard` or `express`. */
  service: "express" | "priority" | "standard" | (string & {});
  /** The delivery status of the card. */
  status?:
    | "canceled"
    | "delivered"
    | "failure"
    | "pending"
    | "returned"
    | "shipped"
    | null;
  /**
   * A tracking number for a card shipment.
   *
   * @maxLength 5000
   */
  tracking_number?: string | null;
  /**
   * A link to the shipping carrier's site where you can view detailed information about a card shipment.
   *
   * @maxLength 5000
   */
  tracking_url?: string | null;
  /** Packaging options. */
  type: "bulk" | "individual";
};
