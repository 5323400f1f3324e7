// Tables of the plans feature (see server/modules/plans/).
export {};
