import type { TaxProductResourceCustomerDetailsResourceTaxId } from "./tax_product_resource_customer_details_resource_tax_id.js";
import type { TaxProductResourcePostalAddress } from "./tax_product_resource_postal_address.js";

/** @schema `tax_product_resource_customer_details` */
export type TaxProductResourceCustomerDetails = {
  /** The customer's postal address (for example, home or business location). */
  address?: TaxProductResourcePostalAddress | null;
  /** The type of customer address provided. */
  address_source?: "billing" | "shipping" | null;
  /**
   * The customer's IP address (IPv4 or IPv6).
   *
   * @maxLength 5000
   */
  ip_address?: string | null;
  /** The customer's tax IDs (for example, EU VAT numbers). */
  tax_ids: TaxProductResourceCustomerDetailsResourceTaxId[];
  /** The taxability override used for taxation. */
  taxability_override: "customer_exempt" | "none" | "reverse_charge";
};
