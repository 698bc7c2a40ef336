import type { PackageDimensions } from "./package_dimensions.js";
import type { Price } from "./price.js";
import type { ProductFeature } from "./product_feature.js";
import type { TaxCode } from "./tax_code.js";

/**
 * Products describe the specific goods or services you offer to your customers.
 * For example, you might offer a Standard and Premium version of your goods or service; each version would be a separate Product.
 * They can be used in conjunction with [Prices](https://stripe.com/docs/api#prices) to configure pricing in Payment Links, Checkout, and Subscriptions.
 *
 * Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription),
 * [share a Payment Link](https://stripe.com/docs/payment-links),
 * [accept payments with Checkout](https://stripe.com/docs/payments/accept-a-payment#create-product-prices-upfront),
 * and more about [Products and Prices](https://stripe.com/docs/products-prices/overview)
 *
 * @schema `product`
 */
export type Product = {
  /** Whether the product is currently available for purchase. */
  active: boolean;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * The ID of the [Price](https://stripe.com/docs/api/prices) object that is the default price for this product.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  default_price?: string | Price | null;
  /**
   * The product's description, meant to be displayable to the customer. Use this field to optionally store a long form explanation of the product being sold for your own rendering purposes.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** A list of up to 15 features for this product. These are displayed in [pricing tables](https://stripe.com/docs/payments/checkout/pricing-table). */
  features: ProductFeature[];
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** A list of up to 8 URLs of images for this product, meant to be displayable to the customer. */
  images: string[];
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /**
   * The product's name, meant to be displayable to the customer.
   *
   * @maxLength 5000
   */
  name: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "product";
  /** The dimensions of this product for shipping purposes. */
  package_dimensions?: PackageDimensions | null;
  /** Whether this product is shipped (i.e., physical goods). */
  shippable?: boolean | null;
  /**
   * Extra information about a product which will appear on your customer's credit card statement. In the case that multiple products are billed at once, the first statement descriptor will be used.
   *
   * @maxLength 5000
   */
  statement_descriptor?: string | null;
  /**
   * A [tax code](https://stripe.com/docs/tax/tax-categories) ID.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  tax_code?: string | TaxCode | null;
  /**
   * A label that represents units of this product. When set, this will be included in customers' receipts, invoices, Checkout, and the customer portal.
   *
   * @maxLength 5000
   */
  unit_label?: string | null;
  /**
   * Time at which the object was last updated. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  updated: number;
  /**
   * A URL of a publicly-accessible webpage for this product.
   *
   * @maxLength 2048
   */
  url?: string | null;
};
