/** Surveys (khảo sát sự hài lòng): SIPAS factors, survey definitions, response checks, indices, sampling. */
export * from './factors';
export * from './survey-definition';
export * from './validate-response';
export * from './satisfaction';
export * from './sample';
export * from './suspect';
export * from './breakdown';
export * from './one-stop-survey';
