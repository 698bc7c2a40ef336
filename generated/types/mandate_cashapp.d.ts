/** @schema `mandate_cashapp` */
export type MandateCashapp = { [key: string]: unknown };
