/** @schema `period` */
export type Period = {
  /**
   * The end date of this usage period. All usage up to and including this point in time is included.
   *
   * @format unix-time
   */
  end?: number | null;
  /**
   * The start date of this usage period. All usage after this point in time is included.
   *
   * @format unix-time
   */
  start?: number | null;
};
