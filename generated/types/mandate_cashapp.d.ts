/** @schema `mandate_cashapp` */
export interface MandateCashapp {
  [key: string]: unknown;
}
