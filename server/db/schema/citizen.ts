// Tables of the citizen feature (see server/modules/citizen/).
export {};
