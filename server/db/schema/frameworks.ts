// Tables of the frameworks feature (see server/modules/frameworks/).
export {};
