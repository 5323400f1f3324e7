/** Public API of task rules: time frames, outcome classes, criteria 8.1/8.2 inputs. */
export * from './task';
export * from './time-frame';
export * from './outcome';
export * from './criterion8';
