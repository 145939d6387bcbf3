export { cyrb53 } from "../extract/hash";
