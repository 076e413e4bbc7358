export * from "./auth";
export * from "./audit";
export * from "./jobs";
export * from "./models";
export * from "./brand";
export * from "./campaigns";
export * from "./review";
export * from "./catalog";
