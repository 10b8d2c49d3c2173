/** Whether a task was done by a day: a 完成日期 after that day means it was still open then. The one definition. */
export interface Doable {
  readonly done: boolean;
  /** `YYYY-MM-DD` or null. */
  readonly doneDate: string | null;
}

export const doneBy = (t: Doable, day: string): boolean => t.done && (t.doneDate === null || t.doneDate <= day);
