// Tables of the reports feature (see server/modules/reports/).
export {};
