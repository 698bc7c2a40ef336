/** @schema `mandate_multi_use` */
export interface MandateMultiUse {
  [key: string]: unknown;
}
