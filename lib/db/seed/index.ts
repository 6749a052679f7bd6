export { seedReferenceData } from "./reference";
export { seedDemo } from "./demo";
export { seedDemoModules } from "./modules";
