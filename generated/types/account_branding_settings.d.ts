import type { File } from "./file.js";

/** @schema `account_branding_settings` */
export type AccountBrandingSettings = {
  /**
   * (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) An icon for the account. Must be square and at least 128px x 128px.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  icon?: string | File | null;
  /**
   * (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) A logo for the account that will be used in Checkout instead of the icon and without the account's name next to it if provided. Must be at least 128px x 128px.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  logo?: string | File | null;
  /**
   * A CSS hex color value representing the primary branding color for this account
   *
   * @maxLength 5000
   */
  primary_color?: string | null;
  /**
   * A CSS hex color value representing the secondary branding color for this account
   *
   * @maxLength 5000
   */
  secondary_color?: string | null;
};
