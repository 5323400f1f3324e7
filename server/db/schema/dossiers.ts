// Tables of the dossiers feature (see server/modules/dossiers/).
export {};
