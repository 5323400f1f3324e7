/** Periodic reports (báo cáo định kỳ): the reporting calendar, submission timeliness, workflow and roll-up. */
export * from './windows';
export * from './submission-status';
export * from './aggregate';
