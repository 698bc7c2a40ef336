/** @schema `mandate_link` */
export interface MandateLink {
  [key: string]: unknown;
}
