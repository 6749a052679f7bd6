export { seedReferenceData } from "./reference";
export { seedDemo } from "./demo";
