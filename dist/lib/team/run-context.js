import { PlagenticError } from "../spec/errors.js";
/** The run stopped on purpose (step budget, rejected proposals); it is reported, not crashed. */
export class TeamStopped extends PlagenticError {
}
